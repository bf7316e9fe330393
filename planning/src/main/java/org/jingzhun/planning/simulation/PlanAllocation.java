package org.jingzhun.planning.simulation;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.allocation.AllocationMethod;
import org.jingzhun.planning.allocation.AllocationProblem;
import org.jingzhun.planning.allocation.ExactAllocator;
import org.jingzhun.planning.allocation.GreedyAllocator;
import org.jingzhun.planning.allocation.VillageSummary;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.population.Population;

/**
 * 资金分配 — the plan's allocation, made once before the first year from the population as it
 * stands: for each village a project serves, its registered poor households and persons, their
 * income gap to the first year's poverty line (Σ max(0, line × members − net income)), its
 * registered population and its exit threshold in the first year.
 */
final class PlanAllocation {
  private PlanAllocation() {}

  static Allocation allocate(CampaignRun run) {
    Plan plan = run.scenario.plan();
    Set<RegionCode> served = new LinkedHashSet<>();
    plan.library().projects().forEach(p -> p.sites().forEach(s -> served.add(s.village())));
    AllocationProblem.Builder problem = AllocationProblem.builder().plan(plan).objective(run.assumptions.objective());
    Population pop = run.population;
    for (RegionCode code : served) {
      int v = run.villageIndex.get(code);
      RegionRules r = run.rules[0][v];
      int[] households = run.householdsOf(v).filter(pop::registeredPoor).toArray();
      long persons = 0;
      long gap = 0;
      for (int h : households) {
        persons += pop.memberCount(h);
        gap = Math.addExact(gap, Math.max(0, r.line.fen() * pop.memberCount(h) - pop.netIncomeFen(h)));
      }
      problem.addSummaries(VillageSummary.builder().village(code).poorHouseholds(households.length)
          .poorPersons(Math.toIntExact(persons)).incomeGap(Money.ofFen(gap))
          .registeredPopulation(run.villages.get(v).registeredPopulation()).exitThreshold(r.villageIncidenceMax).build());
    }
    AllocationProblem built = problem.build();
    return run.assumptions.allocationMethod() == AllocationMethod.EXACT
        ? ExactAllocator.compute(built)
        : GreedyAllocator.compute(built);
  }
}

package org.jingzhun.planning.simulation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 资金分配 — the plan's allocation, made once before the first year from the population as it
 * stands: for each village a project serves, its registered poor households and persons, their
 * income gap to the first year's poverty line (Σ max(0, line × members − net income)), its
 * registered population and its exit threshold in the first year. For
 * {@link org.jingzhun.planning.allocation.Objective#ADDITIONAL_PERSONS_OUT}, also the households
 * the run without projects leaves poor ({@link BaselineNeeds}) and each project's uplift as it
 * stands in the last year: grown with business income once a year from the year its effects
 * begin (the first year plus the effect lag) to the last, as the simulation grows it; zero when
 * they begin after the last year.
 */
final class PlanAllocation {
  private PlanAllocation() {}

  static Allocation allocate(CampaignRun run, Optional<BaselineNeeds> baseline) {
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
          .registeredPopulation(run.villages.get(v).registeredPopulation()).exitThreshold(r.villageIncidenceMax)
          .stillPoor(baseline.map(b -> b.of(v)).orElse(List.of())).build());
    }
    if (baseline.isPresent()) {
      problem.putAllValuedUplift(valuedUplift(run));
    }
    AllocationProblem built = problem.build();
    return run.assumptions.allocationMethod() == AllocationMethod.EXACT
        ? ExactAllocator.compute(built)
        : GreedyAllocator.compute(built);
  }

  /** Each project's uplift per household in the run's last year. */
  private static Map<String, Money> valuedUplift(CampaignRun run) {
    int last = run.years.get(run.years.size() - 1);
    Map<String, Money> out = new LinkedHashMap<>();
    for (Project p : run.scenario.plan().library().projects()) {
      int effect = p.firstYear() + run.assumptions.projectEffectLagYears();
      long fen = effect > last || !run.years.contains(effect) ? 0 : p.effects().incomeUpliftPerHousehold().fen();
      for (int y = effect; y <= last && fen > 0; y++) {
        fen = run.growth.grow(IncomeColumn.BUSINESS, fen);
      }
      out.put(p.id(), Money.ofFen(fen));
    }
    return out;
  }
}

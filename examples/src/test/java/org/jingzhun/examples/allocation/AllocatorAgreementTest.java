package org.jingzhun.examples.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.district.DemoAssumptions;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.district.DistrictGenerator;
import org.jingzhun.planning.allocation.Objective;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.junit.jupiter.api.Test;

/**
 * The allocator's value and the simulated effect of its allocation agree on the demonstration
 * district (SYNTHETIC DATA, seed 2016, 180,000 households, 2015–2020): fifty million yuan over
 * the six years in one pooled source, allocated greedily for persons out of poverty beyond the
 * run without projects.
 */
class AllocatorAgreementTest {

  @Test
  void fiftyMillionYuanLiftsWhatTheAllocatorPredictsWithinFivePerCent() {
    DemonstrationDistrict d = DistrictGenerator.shipped().generate(2016L);
    Plan plan = d.plan();
    // 50,000,000 yuan over the plan's six years: 8,333,333 yuan a year.
    Money perYear = Money.ofYuan(50_000_000L / plan.years().size());
    FundingSource pooled = FundingSource.builder().id("budget").name("5000万元（演示）").pooled(true)
        .putAllAmountByYear(plan.years().stream().collect(Collectors.toMap(y -> y, y -> perYear))).build();
    Assumptions assumptions = Assumptions.builder().from(DemoAssumptions.shipped().assumptions())
        .objective(Objective.ADDITIONAL_PERSONS_OUT).build();
    Scenario scenario = Scenario.builder().name("50 million").county(d.county()).population(d.population())
        .book(PolicyBook.shipped()).plan(Plan.builder().from(plan).sources(List.of(pooled)).build())
        .assumptions(assumptions).seed(2016L).build();

    CampaignResult result = CampaignSimulation.run(scenario);

    long predicted = result.allocation().value();
    long simulated = result.projectEffect().orElseThrow();
    System.out.println("allocator agreement: predicted " + predicted + ", simulated " + simulated + ", poor at the end without projects "
        + result.baselinePoorPersons().orElseThrow());
    // Seen when written: predicted 8,895, simulated 8,856 (poor at the end 19,808 without the
    // projects); the old static measure said 18,542 for a simulated 193 with the same money.
    assertTrue(simulated > 0, "the projects lift someone out: " + simulated);
    assertTrue(Math.abs(predicted - simulated) * 20 <= simulated,
        "predicted " + predicted + " and simulated " + simulated + " differ by more than 5 %");
    assertEquals(result.baselinePoorPersons().orElseThrow() - result.years().get(result.years().size() - 1).poorPersons(), simulated);
  }
}

package org.jingzhun.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.Guarantee;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;
import org.junit.jupiter.api.Test;

/** The objective the simulation reproduces: persons whose every need the chosen projects meet. */
class AdditionalPersonsOutTest {

  /**
   * V1 keeps three households poor at the end of the run without projects:
   * A (3 persons, needs 500 yuan, lacks nothing), B (2 persons, income passes, lacks water),
   * C (4 persons, needs 2,000 yuan, lacks health). Projects, all whole-village in V1:
   * TRAIN (uplift 900 valued 972, cost 100,000), WATER (uplift 100, cost 50,000, water),
   * CLINIC (uplift 100, cost 60,000, health).
   */
  private static AllocationProblem problem(long poolYuan) {
    Project train = project("TRAIN", ProjectType.TRAINING, 100_000, 900, Set.of());
    Project water = project("WATER", ProjectType.WATER, 50_000, 100, Set.of(Guarantee.WATER));
    Project clinic = project("CLINIC", ProjectType.CLINIC, 60_000, 100, Set.of(Guarantee.HEALTH));
    Plan plan = Plan.builder().id("plan").name("plan").firstYear(2018).lastYear(2018)
        .library(ProjectLibrary.builder().addVillages(Instances.village(Instances.V1, 1000)).addProjects(train, water, clinic).build())
        .addSources(Instances.pooled("POOL", 2018, poolYuan)).build();
    VillageSummary v1 = VillageSummary.builder().from(Instances.summary(Instances.V1, 9, 3, 2_500, 1000))
        .addStillPoor(HouseholdNeed.of(3, Money.ofYuan(500), Set.of()),
            HouseholdNeed.of(2, Money.ZERO, Set.of(Guarantee.WATER)),
            HouseholdNeed.of(4, Money.ofYuan(2_000), Set.of(Guarantee.HEALTH)))
        .build();
    return AllocationProblem.builder().plan(plan).objective(Objective.ADDITIONAL_PERSONS_OUT).addSummaries(v1)
        .putValuedUplift("TRAIN", Money.ofYuan(972)).build();
  }

  private static Project project(String id, ProjectType type, long costYuan, long upliftYuan, Set<Guarantee> guarantees) {
    return Project.builder().id(id).name(id).type(type).putCostByYear(2018, Money.ofYuan(costYuan))
        .addSites(ProjectSite.wholeVillage(Instances.V1))
        .effects(ProjectEffects.builder().incomeUpliftPerHousehold(Money.ofYuan(upliftYuan)).addAllGuarantees(guarantees).build())
        .build();
  }

  @Test
  void aHouseholdCountsOnlyWhenEveryNeedIsMet() {
    AllocationProblem p = problem(1_000_000);
    // TRAIN alone: U = 972 ≥ 500 → A (3); C needs 2,000 and health → no; B lacks water → no. 3.
    assertEquals(3, p.valueOf(List.of("TRAIN")));
    // WATER alone: U = 100 < 500 → not A; B's income passes and water is secured → B (2). 2.
    assertEquals(2, p.valueOf(List.of("WATER")));
    // all three: U = 972 + 100 + 100 = 1,172 → A; B; C needs 2,000 > 1,172 → no. 3 + 2 = 5.
    assertEquals(5, p.valueOf(List.of("TRAIN", "WATER", "CLINIC")));
  }

  @Test
  void greedyTakesTheMostPersonsPerYuanFirstAndRecordsItsOrder() {
    // Gains per yuan from nothing: TRAIN 3 / 100,000; WATER 2 / 50,000 (the most); CLINIC 0.
    // Then TRAIN: 3 / 100,000; then CLINIC adds 0 (C needs 2,000 > 972 + 100 + 100) but moves C (4 persons)
    // toward its needs, the tie-break, so it is funded with value 0.
    Allocation a = GreedyAllocator.compute(problem(1_000_000));
    assertEquals(5, a.value());
    assertEquals(List.of("TRAIN 2 true 3", "WATER 1 true 2", "CLINIC 3 true 0"), a.decisions().stream()
        .map(d -> d.projectId() + " " + d.step().orElseThrow() + " " + d.chosen() + " " + d.value()).toList());
  }

  @Test
  void theExactMethodRefusesTheObjectiveNamingIt() {
    ValidationException e = assertThrows(ValidationException.class, () -> ExactAllocator.compute(problem(1_000_000)));
    assertTrue(e.getMessage().contains("objective") && e.getMessage().contains("greedy"), e.getMessage());
  }

  @Test
  void aValuedUpliftForAnUnknownProjectIsRefused() {
    AllocationProblem ok = problem(1_000_000);
    ValidationException e = assertThrows(ValidationException.class,
        () -> AllocationProblem.builder().from(ok).putValuedUplift("NOPE", Money.ofYuan(1)).build());
    assertTrue(e.getMessage().contains("valuedUplift.NOPE"), e.getMessage());
  }
}

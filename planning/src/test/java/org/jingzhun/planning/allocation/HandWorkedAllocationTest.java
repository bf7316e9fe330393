package org.jingzhun.planning.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.explain.Explained;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked problem of {@link Instances#handWorked}. Persons lifted out per project,
 * ⌊q × min(u × H, G) / G⌋:
 * ROAD-1 in V1: ⌊100 × min(1,500 × 30, 90,000) / 90,000⌋ = ⌊100 × 45,000 / 90,000⌋ = 50;
 * IND-1 in V2: ⌊40 × min(2,000 × 12, 24,000) / 24,000⌋ = 40;
 * IND-2 in V1 (35 persons named): ⌊35 × min(3,000 × 30, 90,000) / 90,000⌋ = 35.
 */
class HandWorkedAllocationTest {

  @Test
  void greedyTakesTheMostPersonsPerYuanFirstAndLeavesOutTheRoadItCannotFund() {
    // Per 10,000 yuan: IND-1 40/10 = 4.0, IND-2 35/15 = 2.33, ROAD-1 50/30 = 1.67.
    // IND-1 takes 100,000 of the pool (only pooled money may fund industry), IND-2 the other
    // 150,000; ROAD-1 then finds 200,000 road money and nothing pooled for its 300,000.
    Allocation a = GreedyAllocator.compute(Instances.handWorked(Objective.PERSONS_LIFTED_OUT));
    assertEquals(List.of("IND-1", "IND-2"), a.chosenProjectIds());
    assertEquals(75, a.value()); // 40 + 35
    Decision road = a.decisions().get(0);
    assertEquals(DecisionReason.NO_FUNDS_FOR_TYPE, road.reason());
    assertEquals(2018, road.year().orElseThrow());
    assertEquals("no pooled or earmarked source left for type ROAD in 2018: needs 300000.00 yuan,"
        + " 200000.00 yuan left in the sources that may fund it", road.detail());
  }

  @Test
  void exactFindsTheRoadAndOneIndustryProjectWorthMore() {
    // {ROAD-1, IND-1}: road 200,000 earmarked + 100,000 pooled, industry 100,000 pooled:
    // 200,000 of the 250,000 pool; 50 + 40 = 90 persons. {ROAD-1, IND-2}: 50 + 35 = 85.
    // {IND-1, IND-2}: 75. All three need 550,000 > 450,000.
    Allocation a = ExactAllocator.compute(Instances.handWorked(Objective.PERSONS_LIFTED_OUT));
    assertEquals(List.of("ROAD-1", "IND-1"), a.chosenProjectIds());
    assertEquals(90, a.value());
    assertEquals(List.of(
        Grant.of("S-POOL", "IND-1", 2018, Money.ofYuan(100_000)),
        Grant.of("S-POOL", "ROAD-1", 2018, Money.ofYuan(100_000)),
        Grant.of("S-ROAD", "ROAD-1", 2018, Money.ofYuan(200_000))), a.grants());
    Decision industry2 = a.decisions().get(2);
    assertEquals(DecisionReason.NOT_IN_OPTIMUM, industry2.reason());
    assertEquals(35, industry2.value()); // V1 would have 50 + 35 = 85 ≤ 100 lifted
  }

  @Test
  void greedySpendsEarmarkedMoneyBeforePooledMoney() {
    // Persons served per 10,000 yuan: IND-1 40/10 = 4.0, ROAD-1 100/30 = 3.3, IND-2 35/15 = 2.3.
    // IND-1 first from the pool (150,000 left), then ROAD-1: the 200,000 road money first,
    // then 100,000 pooled. IND-2 serves no one new (V1's 100 poor are all served) but would
    // lift 35 more, the tie-break; it needs 150,000 and the pool has 50,000 left.
    Allocation a = GreedyAllocator.compute(Instances.handWorked(Objective.POOR_PERSONS_SERVED));
    assertEquals(List.of("ROAD-1", "IND-1"), a.chosenProjectIds());
    assertEquals(140, a.value()); // 100 + 40
    assertEquals(Money.ofYuan(200_000), a.spent("S-ROAD", 2018));
    assertEquals(Money.ofYuan(200_000), a.spent("S-POOL", 2018)); // 100,000 + 100,000
    assertEquals(DecisionReason.NO_FUNDS_FOR_TYPE, a.decisions().get(2).reason());
    assertEquals(0, a.decisions().get(2).value());
  }

  @Test
  void villagesExitWhenEnoughOfTheirPoorAreLiftedOut() {
    // Exit below 3 %: V1 may keep ⌈0.03 × 1,000⌉ − 1 = 29 poor, so must lift 71; V2 may keep
    // ⌈0.03 × 500⌉ − 1 = 14, so must lift 26. IND-1 alone lifts 40 ≥ 26: V2 exits (100,000).
    // V1 exits only with ROAD-1 and IND-2 (50 + 35 = 85 ≥ 71), which use all 450,000, leaving
    // nothing for IND-1. So at most one village exits, and the cheaper optimum is IND-1.
    Allocation exact = ExactAllocator.compute(Instances.handWorked(Objective.VILLAGES_EXITING));
    assertEquals(1, exact.value());
    assertEquals(List.of("IND-1"), exact.chosenProjectIds()); // the cheaper of the two optima
  }

  @Test
  void explanationListsEveryDecision() {
    Explained<Allocation> e = GreedyAllocator.explain(Instances.handWorked(Objective.PERSONS_LIFTED_OUT));
    String text = e.explanationText(Language.ZH);
    System.out.println(text);
    assertEquals(3, e.explanation().children().size());
    assertTrue(text.contains("无剩余的统筹或专项资金"));
  }
}

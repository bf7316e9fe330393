package org.jingzhun.benchmarks.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.junit.jupiter.api.Test;

class PrimitiveSketchTest {

  // Amounts in these examples: poverty line 280,000 fen (2,800 yuan) per person per year,
  // dibao standard 19,000 fen (190 yuan) per person per month, the shipped 2015 values.
  private static final long LINE = 280_000;
  private static final long STANDARD = 19_000;

  @Test
  void theSketchGivesExactlyTheLibrarysAnswersOnAGeneratedPopulation() {
    ResolvedAreas areas = ResolvedAreas.shipped();
    ColumnarPopulation population = SyntheticPopulation.generate(20_000, 77, areas);
    ScreeningResults library = new ScreeningResults(population.size());
    PopulationDibao.evaluate(population, areas, library);
    for (int i = 0; i < population.size(); i++) {
      assertEquals(DibaoDecision.of(library, i), PrimitiveSketch.decide(population, i), "household " + i);
    }
  }

  @Test
  void incomeExactlyAtThePovertyLineIsNotPoor() {
    // 3 members × 280,000 = 840,000 fen: the line itself is not below it.
    assertFalse(PrimitiveSketch.isPoor(840_000, 3, LINE));
    assertTrue(PrimitiveSketch.isPoor(839_999, 3, LINE));
  }

  @Test
  void incomeExactlyAtTheYearlyStandardIsNotEligibleAndGetsNothing() {
    // 19,000 × 12 × 2 = 456,000 fen a year: not below it; monthly income 38,000, gap 0.
    assertFalse(PrimitiveSketch.isDibaoEligible(456_000, 2, STANDARD));
    assertEquals(0, PrimitiveSketch.monthlyTopUpFen(456_000, 2, STANDARD));
  }

  @Test
  void theGapIsRoundedHalfUpOnce() {
    // income 455,995: shortfall 456,000 − 455,995 = 5; 5 / 12 = 0.42 → 0 although eligible.
    assertTrue(PrimitiveSketch.isDibaoEligible(455_995, 2, STANDARD));
    assertEquals(0, PrimitiveSketch.monthlyTopUpFen(455_995, 2, STANDARD));
    // income 455,994: shortfall 6; 6 / 12 = 0.5 → 1 fen (half up).
    assertEquals(1, PrimitiveSketch.monthlyTopUpFen(455_994, 2, STANDARD));
  }

  @Test
  void aNetLossIsToppedUpToTheStandardAndNoFurther() {
    // income −12,000: shortfall 468,000; / 12 = 39,000 > 19,000 × 2 = 38,000 → capped at 38,000.
    assertEquals(38_000, PrimitiveSketch.monthlyTopUpFen(-12_000, 2, STANDARD));
  }

  @Test
  void topUpIsNeverNegative() {
    qt().forAll(longs().between(-10_000_000L, 100_000_000L), integers().between(1, 12), longs().between(0L, 100_000L))
        .check((income, members, standard) -> PrimitiveSketch.monthlyTopUpFen(income, members, standard) >= 0);
  }

  @Test
  void moreIncomeNeverRaisesTheTopUp() {
    qt().forAll(longs().between(-10_000_000L, 10_000_000L), longs().between(0L, 1_000_000L), integers().between(1, 12))
        .check((income, extra, members) ->
            PrimitiveSketch.monthlyTopUpFen(income + extra, members, STANDARD)
                <= PrimitiveSketch.monthlyTopUpFen(income, members, STANDARD));
  }
}

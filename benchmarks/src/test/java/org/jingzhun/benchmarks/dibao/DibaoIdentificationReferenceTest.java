package org.jingzhun.benchmarks.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

class DibaoIdentificationReferenceTest {

  // Amounts in these examples: poverty line 320,000 fen (3,200 yuan) per person per year,
  // dibao standard 30,000 fen (300 yuan) per person per month; test inputs, not policy.
  private static final long LINE = 320_000;
  private static final long STANDARD = 30_000;

  @Test
  void incomeExactlyAtThePovertyLineIsNotPoor() {
    // 3 members × 320,000 = 960,000 fen: the line itself is not below it.
    assertFalse(DibaoIdentificationReference.isPoor(960_000, 3, LINE));
  }

  @Test
  void incomeOneFenBelowThePovertyLineIsPoor() {
    // 960,000 − 1 = 959,999 < 960,000.
    assertTrue(DibaoIdentificationReference.isPoor(959_999, 3, LINE));
  }

  @Test
  void incomeExactlyAtTheYearlyStandardIsNotEligibleAndGetsNothing() {
    // 30,000 × 12 × 2 = 720,000 fen a year: gap 0, so not eligible and top-up 0.
    assertFalse(DibaoIdentificationReference.isDibaoEligible(720_000, 2, STANDARD));
    assertEquals(0, DibaoIdentificationReference.monthlyTopUpFen(720_000, 2, STANDARD));
  }

  @Test
  void topUpIsTheYearlyGapOverTwelveMonthsRoundedUpToTheFen() {
    // yearly standard 720,000; income 600,001 → gap 119,999; 119,999 / 12 = 9,999.92 → 10,000.
    assertEquals(10_000, DibaoIdentificationReference.monthlyTopUpFen(600_001, 2, STANDARD));
  }

  @Test
  void aGapOfOneFenIsPaidAsOneFenAMonth() {
    // gap 1 fen → ceil(1 / 12) = 1 fen a month.
    assertEquals(1, DibaoIdentificationReference.monthlyTopUpFen(719_999, 2, STANDARD));
  }

  @Test
  void negativeIncomeIsToppedUpBeyondTheStandard() {
    // income −12,000: gap 720,000 + 12,000 = 732,000; / 12 = 61,000 (> 2 × 30,000).
    assertEquals(61_000, DibaoIdentificationReference.monthlyTopUpFen(-12_000, 2, STANDARD));
  }

  @Test
  void decideRejectsAHouseholdWithoutMembers() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DibaoIdentificationReference.decide(0, 0, LINE, STANDARD));
  }

  @Test
  void decideRejectsANegativeStandard() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DibaoIdentificationReference.decide(0, 1, LINE, -1));
  }

  @Test
  void topUpIsNeverNegativeAndPositiveExactlyWhenEligible() {
    qt().forAll(
            longs().between(-10_000_000L, 10_000_000L),
            integers().between(1, 12),
            longs().between(0L, 100_000L))
        .check(
            (income, members, standard) -> {
              long topUp = DibaoIdentificationReference.monthlyTopUpFen(income, members, standard);
              boolean eligible =
                  DibaoIdentificationReference.isDibaoEligible(income, members, standard);
              return topUp >= 0 && (topUp > 0) == eligible;
            });
  }

  @Test
  void twelvePaymentsCoverTheGapWithLessThanOneMonthlyFenToSpare() {
    qt().forAll(
            longs().between(-10_000_000L, 10_000_000L),
            integers().between(1, 12),
            longs().between(0L, 100_000L))
        .assuming(
            (income, members, standard) ->
                DibaoIdentificationReference.isDibaoEligible(income, members, standard))
        .check(
            (income, members, standard) -> {
              long gap = standard * 12 * members - income;
              long topUp = DibaoIdentificationReference.monthlyTopUpFen(income, members, standard);
              return topUp * 12 >= gap && (topUp - 1) * 12 < gap;
            });
  }

  @Test
  void moreIncomeNeverRaisesTheTopUp() {
    qt().forAll(
            longs().between(-10_000_000L, 10_000_000L),
            longs().between(0L, 1_000_000L),
            integers().between(1, 12))
        .check(
            (income, extra, members) ->
                DibaoIdentificationReference.monthlyTopUpFen(income + extra, members, STANDARD)
                    <= DibaoIdentificationReference.monthlyTopUpFen(income, members, STANDARD));
  }
}

package org.jingzhun.finance.loan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jingzhun.core.money.AnnualRate;
import org.junit.jupiter.api.Test;

/** {@link InterestFormula}: rates and factors of more than eight places, or too large, take the exact path. */
class InterestFormulaTest {

  @Test
  void aRateOfEightPlacesHasUnitsAndOfNinePlacesHasNone() {
    // 4.75 % = 0.0475 = 4,750,000 hundred-millionths
    assertEquals(4_750_000, InterestFormula.rateUnits(AnnualRate.ofPercent("4.75")));
    assertEquals(1, InterestFormula.rateUnits(AnnualRate.ofFraction(new BigDecimal("0.00000001"))));
    assertEquals(-1, InterestFormula.rateUnits(AnnualRate.ofFraction(new BigDecimal("0.000000001"))));
  }

  @Test
  void aFactorTooLargeForLongUnitsHasNone() {
    // 10^11 × 10^8 = 10^19 > Long.MAX_VALUE
    assertEquals(-1, InterestFormula.factorUnits(new BigDecimal("100000000000")));
    assertEquals(150_000_000, InterestFormula.factorUnits(new BigDecimal("1.5")));
  }

  @Test
  void interestAtARateOfManyPlacesIsExact() {
    // 5,000,000 fen × 92 days = 460,000,000 principal-days; × 0.047500001 / 360
    // = 60,694.4457... → 60,694 fen half-up
    AnnualRate rate = AnnualRate.ofFraction(new BigDecimal("0.047500001"));
    assertEquals(60_694, InterestFormula.interest(460_000_000L, rate, InterestFormula.rateUnits(rate), 360, RoundingMode.HALF_UP));
  }

  @Test
  void aShareOfManyPlacesIsExact() {
    // 1,000 fen × 0.333333333 = 333.333333 → 333 (half-up), 334 (up)
    BigDecimal third = new BigDecimal("0.333333333");
    assertEquals(333, InterestFormula.times(1_000, third, InterestFormula.factorUnits(third), RoundingMode.HALF_UP));
    assertEquals(334, InterestFormula.times(1_000, third, InterestFormula.factorUnits(third), RoundingMode.UP));
  }

  @Test
  void halfAUnitRoundsByTheMode() {
    // 3 / 2 = 1.5; 5 / 2 = 2.5
    assertEquals(2, InterestFormula.divide(3, 2, RoundingMode.HALF_UP));
    assertEquals(1, InterestFormula.divide(3, 2, RoundingMode.HALF_DOWN));
    assertEquals(2, InterestFormula.divide(5, 2, RoundingMode.HALF_EVEN));
    assertEquals(2, InterestFormula.divide(3, 2, RoundingMode.HALF_EVEN));
    assertEquals(1, InterestFormula.divide(3, 2, RoundingMode.FLOOR));
    assertEquals(2, InterestFormula.divide(3, 2, RoundingMode.CEILING));
  }
}

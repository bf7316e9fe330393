package org.jingzhun.eligibility.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;

/** {@link IncomeTest}: an income equal to the line (times its multiple) is neither below nor above it. */
class IncomeTestBoundaryTest {
  private static final Money LINE = Money.ofYuan("3218");

  @Test
  void anIncomeEqualToTheLineIsNotBelowIt() {
    // 2 members × 3,218.00 = 6,436.00
    assertFalse(IncomeTest.below(Money.ofYuan("6436"), 2, LINE));
    assertTrue(IncomeTest.below(Money.ofYuan("6435.99"), 2, LINE));
  }

  @Test
  void anIncomeEqualToTheLineTimesItsMultipleIsNeitherBelowNorAbove() {
    // 2 × 3,218.00 × 1.5 = 9,654.00
    BigDecimal m = new BigDecimal("1.5");
    assertFalse(IncomeTest.below(Money.ofYuan("9654"), 2, LINE, m));
    assertFalse(IncomeTest.above(Money.ofYuan("9654"), 2, LINE, m));
    assertTrue(IncomeTest.below(Money.ofYuan("9653.99"), 2, LINE, m));
    assertTrue(IncomeTest.above(Money.ofYuan("9654.01"), 2, LINE, m));
  }

  @Test
  void theFenFormComparesWithAWholeMultipleAndAFraction() {
    // 643,600 fen = 2 × 321,800: not below. With 3/2 the limit is 965,400 fen; with 1/2, 321,800.
    assertFalse(IncomeTest.below(643_600, 2, 321_800, LineMultiple.ONE));
    assertTrue(IncomeTest.below(643_599, 2, 321_800, LineMultiple.ONE));
    assertFalse(IncomeTest.below(965_400, 2, 321_800, LineMultiple.of(new BigDecimal("1.5"))));
    assertTrue(IncomeTest.below(965_399, 2, 321_800, LineMultiple.of(new BigDecimal("1.5"))));
    assertTrue(IncomeTest.below(321_799, 2, 321_800, LineMultiple.of(new BigDecimal("0.5"))));
    assertFalse(IncomeTest.below(321_800, 2, 321_800, LineMultiple.of(new BigDecimal("0.5"))));
    // With 2/1 the limit is 2 × 321,800 × 2 = 1,287,200: 700,000 is below it, though not below 643,600.
    assertTrue(IncomeTest.below(700_000, 2, 321_800, new LineMultiple(2, 1)));
  }

  @Test
  void productsPastSixtyFourBitsCompareByTheirHighWordFirst() {
    // MAX × 4 has high word 1; 1 × 1 has 0.
    assertEquals(1, IncomeTest.compareProducts(Long.MAX_VALUE, 4, 1, 1));
    assertEquals(-1, IncomeTest.compareProducts(1, 1, Long.MAX_VALUE, 4));
    // 2^62 × 2 = 2^63: high word 0, low word 2^63 read unsigned, larger than 5.
    assertEquals(1, Integer.signum(IncomeTest.compareProducts(1L << 62, 2, 1, 5)));
    assertEquals(0, IncomeTest.compareProducts(6, 2, 4, 3));
  }
}

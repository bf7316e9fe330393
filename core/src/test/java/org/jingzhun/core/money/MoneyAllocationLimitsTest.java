package org.jingzhun.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Allocation where a long would overflow: weights of 31 bits or more, and amounts whose
 * product with the total weight passes 2^63, take the exact (BigInteger) path.
 */
class MoneyAllocationLimitsTest {

  @Test
  void allocatesByTrillionWeightsExactly() {
    // 10,000 fen by 10^12 : 2*10^12 (total 3*10^12): 10^16 / 3*10^12 = 3,333 r 10^12;
    // 2*10^16 / 3*10^12 = 6,666 r 2*10^12; 9,999 given, 1 fen left -> the larger remainder.
    assertEquals(List.of(Money.ofYuan("33.33"), Money.ofYuan("66.67")),
        Money.ofYuan("100.00").allocate(Ratio.of(1_000_000_000_000L, 2_000_000_000_000L)));
  }

  @Test
  void aZeroWeightAmongLargeOnesGetsNothing() {
    // 0 : 10^12 -> all 10,000 fen to the second part; a zero weight is allowed.
    assertEquals(List.of(Money.ZERO, Money.ofYuan("100.00")),
        Money.ofYuan("100.00").allocate(Ratio.of(0, 1_000_000_000_000L)));
  }

  @Test
  void allocatesANegativeAmountByLargeWeightsSymmetrically() {
    assertEquals(List.of(Money.ofYuan("-33.33"), Money.ofYuan("-66.67")),
        Money.ofYuan("-100.00").allocate(Ratio.of(1_000_000_000_000L, 2_000_000_000_000L)));
  }

  @Test
  void anAmountTimesTheTotalWeightPastTwoToTheSixtyThreeIsAllocatedExactly() {
    // 2^62 fen * total weight 2 = 2^63: one past Long.MAX_VALUE, so the long path would wrap.
    // 0 : 2 gives everything to the second part.
    Money whole = Money.ofFen(1L << 62);
    assertEquals(List.of(Money.ZERO, whole), whole.allocate(0, 2));
  }

  @Test
  void theLargestAmountMultipliesByOne() {
    // Long.MAX_VALUE fen has 63 bits: still an amount; times 1 gives it back.
    Money max = Money.ofFen(Long.MAX_VALUE);
    assertEquals(max, max.times(BigDecimal.ONE, RoundingMode.UNNECESSARY));
  }

  @Test
  void oneFenPastTheLargestAmountIsOutOfRange() {
    // Long.MAX_VALUE fen * 2 has 64 bits.
    Money max = Money.ofFen(Long.MAX_VALUE);
    assertThrows(ArithmeticException.class, () -> max.times(BigDecimal.valueOf(2), RoundingMode.UNNECESSARY));
  }
}

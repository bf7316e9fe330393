package org.jingzhun.eligibility.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Exact halves of a twelfth, where HALF_DOWN and HALF_EVEN differ from HALF_UP, and the largest amount. */
class TwelfthsTiesTest {

  @Test
  void halfATwelfthRoundsTowardZeroUnderHalfDown() {
    // ±18 / 12 = ±1.5 -> ±1
    assertEquals(1, Twelfths.of(18, RoundingMode.HALF_DOWN));
    assertEquals(-1, Twelfths.of(-18, RoundingMode.HALF_DOWN));
  }

  @Test
  void halfATwelfthRoundsToEvenUnderHalfEven() {
    // ±30 / 12 = ±2.5 -> ±2 (even); ±18 / 12 = ±1.5 -> ±2 (even)
    assertEquals(2, Twelfths.of(30, RoundingMode.HALF_EVEN));
    assertEquals(-2, Twelfths.of(-30, RoundingMode.HALF_EVEN));
    assertEquals(2, Twelfths.of(18, RoundingMode.HALF_EVEN));
  }

  @Test
  void theLargestAmountDoesNotOverflowUnderHalfUp() {
    // 9,223,372,036,854,775,807 = 12 × 768,614,336,404,564,650 + 7: 7 ≥ 6 rounds up.
    assertEquals(768_614_336_404_564_651L, Twelfths.of(Long.MAX_VALUE, RoundingMode.HALF_UP));
  }
}

package org.jingzhun.eligibility.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jingzhun.core.money.Share;

/**
 * 贫困发生率 — poverty incidence = registered poor persons / rural registered population,
 * compared exactly with a threshold ("below 3 %": 3 poor in 100 is not below).
 */
final class Incidence {
  private Incidence() {}

  /** Whether poor / population &lt; threshold, exactly. */
  static boolean below(long poor, long population, Share threshold) {
    return BigDecimal.valueOf(poor).compareTo(threshold.value().multiply(BigDecimal.valueOf(population))) < 0;
  }

  /** The incidence for display, to four decimal places, half-up. */
  static BigDecimal display(long poor, long population) {
    return BigDecimal.valueOf(poor).divide(BigDecimal.valueOf(population), 4, RoundingMode.HALF_UP);
  }
}

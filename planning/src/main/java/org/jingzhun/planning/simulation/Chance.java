package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import org.jingzhun.core.money.Share;
import org.jingzhun.planning.scenario.Assumptions;

/**
 * An exact chance: a rate of at most {@value Assumptions#RATE_DIGITS} decimal places happens
 * when a draw uniform in [0, {@link #SCALE}) falls below rate × {@link #SCALE}.
 */
final class Chance {
  static final long SCALE = BigDecimal.TEN.pow(Assumptions.RATE_DIGITS).longValueExact();

  private Chance() {}

  /** rate × {@link #SCALE}, exactly. */
  static long cut(Share rate) {
    return rate.value().movePointRight(Assumptions.RATE_DIGITS).longValueExact();
  }
}

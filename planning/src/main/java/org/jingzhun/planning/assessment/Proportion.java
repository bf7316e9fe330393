package org.jingzhun.planning.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 比例 — an exact share of a count: {@code part} of {@code whole}, kept as the two counts so that
 * no rounding hides a difference; {@link #percent(int)} rounds only for display.
 *
 * @param part the count that meets the measure, 0 ≤ part ≤ whole
 * @param whole the count it is a share of, not negative
 */
public record Proportion(long part, long whole) {
  /**
   * A proportion.
   *
   * @param part the count that meets the measure
   * @param whole the count it is a share of
   * @throws IllegalArgumentException unless 0 ≤ part ≤ whole
   */
  public Proportion {
    if (part < 0 || part > whole) {
      throw new IllegalArgumentException("a share needs 0 ≤ part ≤ whole but was " + part + " of " + whole);
    }
  }

  /**
   * {@return the share in per cent, rounded half-up to {@code scale} decimals; 0 when the whole is 0}
   *
   * @param scale the decimals shown
   */
  public BigDecimal percent(int scale) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return part + "/" + whole;
  }
}

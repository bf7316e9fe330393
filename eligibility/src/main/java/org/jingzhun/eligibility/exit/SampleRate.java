package org.jingzhun.eligibility.exit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jingzhun.core.money.Share;

/**
 * 比率 — a count out of a whole (poor persons out of the registered population, missed persons
 * out of those sampled), compared with a threshold exactly: "below 3 %" means part &lt; 3 % ×
 * whole, so 3 out of 100 is not below, and no rounding decides a case.
 *
 * @param part the count, at least 0 and at most {@code whole}
 * @param whole the whole, at least 1
 */
public record SampleRate(long part, long whole) {

  /**
   * A rate of {@code part} out of {@code whole}.
   *
   * @param part the count, at least 0 and at most {@code whole}
   * @param whole the whole, at least 1
   * @throws org.jingzhun.core.validation.ValidationException if the whole is below 1 or the part is negative or above the whole
   */
  public SampleRate {
    if (whole < 1 || part < 0 || part > whole) {
      throw new IllegalArgumentException("a rate needs 0 ≤ part ≤ whole and whole ≥ 1, not " + part + "/" + whole);
    }
  }

  /**
   * {@return a share given as such (an assumption, not a count): its exact decimal as a fraction}
   *
   * @param share the share, an exact decimal between 0 and 1
   */
  public static SampleRate of(Share share) {
    BigDecimal v = share.value().stripTrailingZeros();
    int scale = Math.max(0, v.scale());
    return new SampleRate(v.movePointRight(scale).longValueExact(), BigDecimal.TEN.pow(scale).longValueExact());
  }

  /**
   * {@return whether part / whole &lt; {@code threshold}, exactly}
   *
   * @param threshold the share to compare with
   */
  public boolean below(Share threshold) {
    return BigDecimal.valueOf(part).compareTo(threshold.value().multiply(BigDecimal.valueOf(whole))) < 0;
  }

  /**
   * {@return whether part / whole &gt; {@code threshold}, exactly}
   *
   * @param threshold the share to compare with
   */
  public boolean above(Share threshold) {
    return BigDecimal.valueOf(part).compareTo(threshold.value().multiply(BigDecimal.valueOf(whole))) > 0;
  }

  /**
   * {@return the rate for display, to four decimal places, half-up (the comparison never uses it)}
   */
  public BigDecimal display() {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}

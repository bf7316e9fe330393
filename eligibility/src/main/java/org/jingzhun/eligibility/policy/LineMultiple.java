package org.jingzhun.eligibility.policy;

import com.google.common.math.LongMath;
import java.math.BigDecimal;

/**
 * 标准倍数 — a multiple of a per-person line (a parameter such as 1, 1.5 or 2), held as the exact
 * fraction {@code numerator / denominator} with a power-of-ten denominator, so that a household's
 * income can be compared with line × multiple × members in long arithmetic, allocating nothing.
 *
 * @param numerator the multiple's unscaled value
 * @param denominator ten to the multiple's scale (at least 1)
 */
public record LineMultiple(long numerator, long denominator) {
  /** The multiple 1. */
  public static final LineMultiple ONE = new LineMultiple(1, 1);

  /**
   * {@return the exact fraction of {@code multiple}}
   *
   * @param multiple the multiple, positive, e.g. 1.5
   * @throws ArithmeticException if its digits do not fit a long (no policy multiple comes near)
   */
  public static LineMultiple of(BigDecimal multiple) {
    BigDecimal m = multiple.stripTrailingZeros();
    if (m.scale() < 0) {
      m = m.setScale(0);
    }
    return new LineMultiple(m.unscaledValue().longValueExact(), LongMath.checkedPow(10, m.scale()));
  }
}

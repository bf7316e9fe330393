package org.jingzhun.planning.simulation;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 收入增长 — grows every income column and the production costs of a household by the stated
 * yearly growth g: each amount × (1 + g), rounded half-up to the fen.
 */
final class IncomeGrowth {
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  /** The columns, read once: values() copies its array on every call. */
  private static final IncomeColumn[] COLUMNS = IncomeColumn.values();
  private final BigDecimal factor;
  private final long unscaled;
  private final long divisor;

  IncomeGrowth(BigDecimal growth) {
    this.factor = BigDecimal.ONE.add(growth);
    BigDecimal f = factor.stripTrailingZeros();
    int scale = Math.max(0, f.scale());
    BigDecimal scaled = f.setScale(scale, RoundingMode.UNNECESSARY);
    boolean small = scale <= 18 && scaled.unscaledValue().bitLength() < 63;
    this.unscaled = small ? scaled.unscaledValue().longValueExact() : 0;
    this.divisor = small ? LongMath.pow(10, scale) : 0;
  }

  boolean isNone() {
    return factor.compareTo(BigDecimal.ONE) == 0;
  }

  /** {@code fen} × (1 + g), half-up to the fen. */
  long grow(long fen) {
    if (divisor > 0) {
      try {
        return LongMath.divide(Math.multiplyExact(fen, unscaled), divisor, ROUNDING);
      } catch (ArithmeticException overflow) {
        // falls through to the exact decimal below
      }
    }
    return BigDecimal.valueOf(fen).multiply(factor).setScale(0, ROUNDING).longValueExact();
  }

  /** Grows household {@code h}'s columns in place. */
  void apply(Population population, int h) {
    if (isNone()) {
      return;
    }
    for (IncomeColumn c : COLUMNS) {
      population.setIncome(h, c, grow(population.income(h, c)));
    }
  }
}

package org.jingzhun.planning.simulation;

import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 收入增长 — grows every income column and the production costs of a household by the stated
 * yearly growth g of that column (its own rate if the assumptions give one, the common rate
 * otherwise): each amount × (1 + g), rounded half-up to the fen.
 */
final class IncomeGrowth {
  private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  /** The columns, read once: values() copies its array on every call. */
  private static final IncomeColumn[] COLUMNS = IncomeColumn.values();
  /** Each column's rate, by ordinal. */
  private final Rate[] rates = new Rate[COLUMNS.length];
  private final boolean none;

  IncomeGrowth(BigDecimal growth) {
    this(growth, Map.of());
  }

  IncomeGrowth(BigDecimal growth, Map<IncomeColumn, BigDecimal> bySource) {
    boolean all = true;
    for (IncomeColumn c : COLUMNS) {
      rates[c.ordinal()] = new Rate(bySource.getOrDefault(c, growth));
      all &= rates[c.ordinal()].isNone();
    }
    this.none = all;
  }

  boolean isNone() {
    return none;
  }

  /** {@code fen} of {@code column} × (1 + g) of that column's rate, half-up to the fen. */
  long grow(IncomeColumn column, long fen) {
    return rates[column.ordinal()].grow(fen);
  }

  /** Grows household {@code h}'s columns in place. */
  void apply(Population population, int h) {
    if (none) {
      return;
    }
    for (IncomeColumn c : COLUMNS) {
      Rate r = rates[c.ordinal()];
      if (!r.isNone()) {
        population.setIncome(h, c, r.grow(population.income(h, c)));
      }
    }
  }

  /**
   * {@return {@code n / d} rounded half-up (away from zero at the half), as
   * {@code LongMath.divide(n, d, HALF_UP)} without its checks}
   */
  static long halfUp(long n, long d) {
    long q = n / d;
    long r = Math.abs(n % d);
    return r >= d - r ? q + Long.signum(n) : q;
  }

  /** One yearly rate g: × (1 + g), half-up to the fen, in whole numbers when they fit. */
  private static final class Rate {
    private final BigDecimal factor;
    private final long unscaled;
    private final long divisor;
    /** Whether g is zero: read once, as it is asked per household and column. */
    private final boolean none;

    Rate(BigDecimal growth) {
      this.factor = BigDecimal.ONE.add(growth);
      this.none = factor.compareTo(BigDecimal.ONE) == 0;
      BigDecimal f = factor.stripTrailingZeros();
      int scale = Math.max(0, f.scale());
      BigDecimal scaled = f.setScale(scale, RoundingMode.UNNECESSARY);
      boolean small = scale <= 18 && scaled.unscaledValue().bitLength() < 63;
      this.unscaled = small ? scaled.unscaledValue().longValueExact() : 0;
      this.divisor = small ? LongMath.pow(10, scale) : 0;
    }

    boolean isNone() {
      return none;
    }

    long grow(long fen) {
      if (divisor > 0) {
        try {
          return halfUp(Math.multiplyExact(fen, unscaled), divisor);
        } catch (ArithmeticException overflow) {
          // falls through to the exact decimal below
        }
      }
      return BigDecimal.valueOf(fen).multiply(factor).setScale(0, ROUNDING).longValueExact();
    }
  }
}

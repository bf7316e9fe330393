package org.jingzhun.finance.loan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jingzhun.core.money.AnnualRate;

/**
 * 计息公式 — interest = principal-days (计息积数: Σ balance in fen × days) × annual rate / days
 * in the year, rounded once to the fen. The arithmetic is exact: it runs in {@code long} when
 * the rate has at most eight decimal places of its fraction (4.75 % = 0.0475 has four) and the
 * product fits, and in {@link BigDecimal} otherwise; both give the same fen.
 */
public final class InterestFormula {
  /** Rates are held in units of 10⁻⁸ of their yearly fraction: 4.75 % is 4,750,000. */
  private static final int RATE_SCALE = 8;

  private static final long RATE_ONE = 100_000_000L;

  private InterestFormula() {}

  /**
   * {@return the rate in units of 10⁻⁸ of its yearly fraction (4.75 % → 4,750,000), or −1 when it
   * has finer digits than that (such rates take the {@link BigDecimal} path)}
   *
   * @param rate the rate
   */
  public static long rateUnits(AnnualRate rate) {
    return scaled(rate.fraction(), RATE_SCALE);
  }

  /** {@code value × 10^scale} as a long when that is a whole number that fits; −1 otherwise. */
  static long scaled(BigDecimal value, int scale) {
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > scale) {
      return -1;
    }
    try {
      return value.movePointRight(scale).longValueExact();
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  /**
   * {@return the interest in fen on {@code principalDays} fen-days at {@code rate} over a year of
   * {@code yearDays} days, rounded once by {@code rounding}}
   *
   * @param principalDays Σ balance (fen) × days, not negative
   * @param rateUnits {@link #rateUnits(AnnualRate)} of {@code rate}, passed so bulk callers
   *     convert each rate once
   * @param rate the yearly rate
   * @param yearDays the days of a year under the day count: 360 or 365
   * @param rounding how the result is rounded to the fen
   */
  public static long interest(long principalDays, AnnualRate rate, long rateUnits, int yearDays, RoundingMode rounding) {
    if (rateUnits >= 0 && principalDays >= 0) {
      long high = Math.multiplyHigh(principalDays, rateUnits);
      long product = principalDays * rateUnits;
      if (high == 0 && product >= 0) {
        return divide(product, RATE_ONE * yearDays, rounding);
      }
    }
    return BigDecimal.valueOf(principalDays).multiply(rate.fraction())
        .divide(BigDecimal.valueOf(yearDays), 0, rounding).longValueExact();
  }

  /**
   * {@return {@code fen × factor} rounded once by {@code rounding}, with {@code factorUnits} the
   * factor in units of 10⁻⁸ (or −1 to use {@link BigDecimal})}
   *
   * @param fen the amount in fen
   * @param factor the factor
   * @param factorUnits {@link #factorUnits(BigDecimal)} of {@code factor}
   * @param rounding how the result is rounded to the fen
   */
  public static long times(long fen, BigDecimal factor, long factorUnits, RoundingMode rounding) {
    if (factorUnits >= 0 && fen >= 0) {
      long high = Math.multiplyHigh(fen, factorUnits);
      long product = fen * factorUnits;
      if (high == 0 && product >= 0) {
        return divide(product, RATE_ONE, rounding);
      }
    }
    return BigDecimal.valueOf(fen).multiply(factor).setScale(0, rounding).longValueExact();
  }

  /**
   * {@return {@code factor} in units of 10⁻⁸, or −1 when it has finer digits; see {@link #times}}
   *
   * @param factor the factor, not negative
   */
  public static long factorUnits(BigDecimal factor) {
    return scaled(factor, RATE_SCALE);
  }

  /** {@code numerator / denominator} rounded by {@code mode}; numerator ≥ 0, denominator > 0. */
  static long divide(long numerator, long denominator, RoundingMode mode) {
    long q = numerator / denominator;
    long r = numerator % denominator;
    if (r == 0) {
      return q;
    }
    long twice = r > (Long.MAX_VALUE >> 1) ? Long.MAX_VALUE : r * 2;
    boolean up = switch (mode) {
      case DOWN, FLOOR -> false;
      case UP, CEILING -> true;
      case HALF_UP -> twice >= denominator;
      case HALF_DOWN -> twice > denominator;
      case HALF_EVEN -> twice > denominator || (twice == denominator && (q & 1) == 1);
      case UNNECESSARY -> throw new ArithmeticException("rounding necessary");
    };
    return up ? q + 1 : q;
  }
}

package org.jingzhun.eligibility.dibao;

import java.math.RoundingMode;

/**
 * 按月折算 — a yearly amount in fen divided by the twelve months of the year, rounded once by
 * a named mode: the same fen as {@code LongMath.divide(fen, 12, mode)}, with the divisor a
 * constant, so the division compiles to a multiplication rather than a 64-bit divide (the
 * per-household entry points compute it for every eligible household).
 */
final class Twelfths {
  static final int MONTHS = 12;
  private static final int HALF = MONTHS / 2;

  private Twelfths() {}

  /**
   * {@code fen / 12} rounded by {@code mode}.
   *
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and {@code fen} is not a
   *     multiple of 12
   */
  static long of(long fen, RoundingMode mode) {
    if (mode == RoundingMode.HALF_UP && fen >= 0 && fen <= Long.MAX_VALUE - HALF) {
      // a remainder of 6 or more (half of 12) rounds up: (fen + 6) / 12, no branch on the remainder
      return (fen + HALF) / MONTHS;
    }
    long div = fen / MONTHS;
    long rem = fen - MONTHS * div;
    if (rem == 0) {
      return div;
    }
    long signum = fen < 0 ? -1 : 1;
    long absRem = Math.abs(rem);
    long againstHalf = absRem - (MONTHS - absRem);
    boolean away = switch (mode) {
      case UNNECESSARY -> throw new ArithmeticException("mode was UNNECESSARY, but rounding was necessary");
      case DOWN -> false;
      case UP -> true;
      case CEILING -> signum > 0;
      case FLOOR -> signum < 0;
      case HALF_UP -> againstHalf >= 0;
      case HALF_DOWN -> againstHalf > 0;
      case HALF_EVEN -> againstHalf > 0 || (againstHalf == 0 && (div & 1) != 0);
    };
    return away ? div + signum : div;
  }
}

package org.jingzhun.eligibility.policy;

import java.math.BigDecimal;
import org.jingzhun.core.money.Money;

/**
 * 收入比较 — compares a household's per-capita net income with a per-person line (times a
 * multiple) exactly, by comparing net income with line × multiple × members, so that no
 * rounding of the per-capita figure can move a household across the line.
 */
public final class IncomeTest {
  private IncomeTest() {}

  /**
   * {@return whether net income / members &lt; line × multiple, exactly}
   *
   * @param netIncome the household's yearly net income (negative for a loss)
   * @param members the number of household members, at least 1
   * @param perPersonLine the line per person a year
   * @param multiple the multiple of the line, e.g. 1.5 for monitoring
   */
  public static boolean below(Money netIncome, int members, Money perPersonLine, BigDecimal multiple) {
    if (multiple.compareTo(BigDecimal.ONE) == 0) {
      return netIncome.fen() < Math.multiplyExact(perPersonLine.fen(), (long) members);
    }
    BigDecimal limit = BigDecimal.valueOf(perPersonLine.fen()).multiply(multiple).multiply(BigDecimal.valueOf(members));
    return BigDecimal.valueOf(netIncome.fen()).compareTo(limit) < 0;
  }

  /**
   * {@return whether net income / members &lt; line, exactly}
   *
   * @param netIncome the household's yearly net income (negative for a loss)
   * @param members the number of household members, at least 1
   * @param perPersonLine the line per person a year
   */
  public static boolean below(Money netIncome, int members, Money perPersonLine) {
    return below(netIncome, members, perPersonLine, BigDecimal.ONE);
  }

  /**
   * {@return whether net income / members &lt; line × multiple, exactly, in fen and without
   * allocating: net × d &lt; line × members × n for the multiple n / d} The product line × members
   * is {@link Math#multiplyExact checked}, as in the Money form; the final comparison is of two
   * 128-bit products, so it is exact for every long income.
   *
   * @param netIncomeFen the household's yearly net income in fen (negative for a loss)
   * @param members the number of household members, at least 1
   * @param perPersonLineFen the line per person a year, in fen
   * @param multiple the multiple of the line
   * @throws ArithmeticException if line × members does not fit a long
   */
  public static boolean below(long netIncomeFen, int members, long perPersonLineFen, LineMultiple multiple) {
    long limit = Math.multiplyExact(perPersonLineFen, (long) members);
    if (multiple.numerator() == 1 && multiple.denominator() == 1) {
      return netIncomeFen < limit;
    }
    return compareProducts(netIncomeFen, multiple.denominator(), limit, multiple.numerator()) < 0;
  }

  /** The sign of a × b − c × d, exactly (each product taken in 128 bits). */
  static int compareProducts(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, b);
    long high2 = Math.multiplyHigh(c, d);
    if (high1 != high2) {
      return high1 < high2 ? -1 : 1;
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * {@return whether net income / members &gt; line × multiple, exactly}
   *
   * @param netIncome the household's yearly net income (negative for a loss)
   * @param members the number of household members, at least 1
   * @param perPersonLine the line per person a year
   * @param multiple the multiple of the line, e.g. 1.5 for monitoring
   */
  public static boolean above(Money netIncome, int members, Money perPersonLine, BigDecimal multiple) {
    return !below(netIncome, members, perPersonLine, multiple)
        && !equal(netIncome, members, perPersonLine, multiple);
  }

  private static boolean equal(Money netIncome, int members, Money perPersonLine, BigDecimal multiple) {
    BigDecimal limit = BigDecimal.valueOf(perPersonLine.fen()).multiply(multiple).multiply(BigDecimal.valueOf(members));
    return BigDecimal.valueOf(netIncome.fen()).compareTo(limit) == 0;
  }
}

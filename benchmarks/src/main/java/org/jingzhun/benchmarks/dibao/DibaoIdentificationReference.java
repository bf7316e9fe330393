package org.jingzhun.benchmarks.dibao;

/**
 * 识别与低保参照实现 (reference identification and dibao rules): the rules the DMN peer
 * implements, written in plain Java on primitive fen amounts. It stands in for the
 * {@code eligibility} module's calculators until those can be benchmarked.
 *
 * <p>All amounts are in fen (分). The rules:
 * <ul>
 *   <li>poor (贫困) — annual net income &lt; poverty line per person per year × members;
 *       strictly below, so income exactly at the line is not poor;
 *   <li>dibao eligible (低保) — annual net income &lt; dibao standard per person per month
 *       × 12 × members; strictly below;
 *   <li>monthly top-up (补差) — {@code max(0, ceil((standard × 12 × members − income) / 12))}:
 *       the yearly gap to the standard spread over twelve months, rounded up to the fen
 *       ({@code RoundingMode.UP} on a positive gap, so twelve payments never fall short of
 *       the gap) and never negative.
 * </ul>
 *
 * <p>The static rule methods do not validate (they are the hot path); their preconditions
 * are {@code members ≥ 1} and non-negative line and standard. {@link #decide} checks them.
 * Products use exact arithmetic and throw {@link ArithmeticException} on overflow.
 */
public final class DibaoIdentificationReference {

  /** Months in a year: the dibao standard is monthly, income and the gap yearly. */
  static final int MONTHS = 12;

  private DibaoIdentificationReference() {}

  /** Whether the household is poor: income strictly below {@code povertyLineFen × members}. */
  public static boolean isPoor(long netIncomeFen, int members, long povertyLineFen) {
    return netIncomeFen < Math.multiplyExact(povertyLineFen, members);
  }

  /** Yearly dibao standard of the household, in fen: {@code standard × 12 × members}. */
  public static long yearlyStandardFen(int members, long dibaoStandardFen) {
    return Math.multiplyExact(Math.multiplyExact(dibaoStandardFen, MONTHS), members);
  }

  /** Whether the household is eligible for dibao: income strictly below the yearly standard. */
  public static boolean isDibaoEligible(long netIncomeFen, int members, long dibaoStandardFen) {
    return netIncomeFen < yearlyStandardFen(members, dibaoStandardFen);
  }

  /**
   * Monthly dibao top-up in fen: {@code max(0, ceil((standard × 12 × members − income) / 12))}.
   */
  public static long monthlyTopUpFen(long netIncomeFen, int members, long dibaoStandardFen) {
    long yearlyGap = Math.subtractExact(yearlyStandardFen(members, dibaoStandardFen), netIncomeFen);
    // For a positive gap, (gap + 11) / 12 is ceil(gap / 12). For gap ≤ 0 Java's division
    // (towards zero) gives a value ≤ 0, which max() turns into 0. Written without a branch,
    // because whether a household is eligible is unpredictable across a register.
    return Math.max(0, Math.addExact(yearlyGap, MONTHS - 1) / MONTHS);
  }

  /**
   * The full decision for one household, with its inputs checked.
   *
   * @throws IllegalArgumentException if {@code members < 1} or a parameter is negative
   */
  public static DibaoDecision decide(
      long netIncomeFen, int members, long povertyLineFen, long dibaoStandardFen) {
    if (members < 1 || povertyLineFen < 0 || dibaoStandardFen < 0) {
      throw new IllegalArgumentException(
          "members must be ≥ 1 and line and standard ≥ 0 but were members=" + members
              + ", povertyLineFen=" + povertyLineFen + ", dibaoStandardFen=" + dibaoStandardFen);
    }
    return new DibaoDecision(
        isPoor(netIncomeFen, members, povertyLineFen),
        isDibaoEligible(netIncomeFen, members, dibaoStandardFen),
        monthlyTopUpFen(netIncomeFen, members, dibaoStandardFen));
  }
}

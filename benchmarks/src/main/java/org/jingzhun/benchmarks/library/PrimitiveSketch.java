package org.jingzhun.benchmarks.library;

import java.util.Optional;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.core.household.PovertyCategory;

/**
 * 原始类型草图 (a sketch on primitives): NOT the library. The arithmetic that
 * {@code IdentificationRules} and {@code DibaoRules} perform for the fields a
 * {@link ColumnarPopulation} holds, written here on {@code long} fen over the columns. It was
 * written to measure what primitive entry points could reach before the library had them; it
 * is no longer benchmarked, and is kept as an independent, hand-written check: a test checks
 * that it gives exactly the library's answers on a generated population; if the library's
 * arithmetic changes, that test fails and this sketch must follow.
 *
 * <p>All amounts in fen, members ≥ 1, shipped configuration (see
 * {@link ResolvedAreas}):
 * <ul>
 *   <li>poor — {@code income < line × members};
 *   <li>category of a poor household — dibao when {@code income < standard × 12 × members},
 *       else general;
 *   <li>dibao eligible — {@code income < standard × 12 × members};
 *   <li>monthly top-up — the yearly shortfall {@code s = standard × 12 × members − income}
 *       over 12, rounded half up, at least 0, and for a net loss at most {@code standard ×
 *       members}: {@code max(0, min(standard × members, (s + 6) / 12))}. For {@code s ≥ 0},
 *       {@code (s + 6) / 12} is the half-up quotient; for {@code s < 0} (not eligible) Java's
 *       division gives a value ≤ 0, which max() turns into 0; and for income ≥ 0 the quotient
 *       never exceeds {@code standard × members}, so the cap needs no branch either.
 * </ul>
 * Products use exact arithmetic and throw {@link ArithmeticException} on overflow.
 */
public final class PrimitiveSketch {

  static final int MONTHS = 12;

  private PrimitiveSketch() {}

  /** Whether the household is poor: income strictly below {@code povertyLineFen × members}. */
  public static boolean isPoor(long netIncomeFen, int members, long povertyLineFen) {
    return netIncomeFen < Math.multiplyExact(povertyLineFen, members);
  }

  /** Whether income is strictly below the yearly standard {@code standard × 12 × members}. */
  public static boolean isDibaoEligible(long netIncomeFen, int members, long dibaoStandardFen) {
    return netIncomeFen < Math.multiplyExact(Math.multiplyExact(dibaoStandardFen, MONTHS), members);
  }

  /** Monthly top-up in fen: {@code max(0, min(standard × members, (standard × 12 × members − income + 6) / 12))}. */
  public static long monthlyTopUpFen(long netIncomeFen, int members, long dibaoStandardFen) {
    long monthlyStandard = Math.multiplyExact(dibaoStandardFen, members);
    long shortfall = Math.subtractExact(Math.multiplyExact(monthlyStandard, MONTHS), netIncomeFen);
    return Math.max(0, Math.min(monthlyStandard, Math.addExact(shortfall, MONTHS / 2) / MONTHS));
  }

  /** The sketch's decision for household {@code i} of {@code population}. */
  public static DibaoDecision decide(ColumnarPopulation population, int i) {
    long income = population.netIncomeFen(i);
    int members = population.members(i);
    long standard = population.dibaoStandardFen(i);
    boolean poor = isPoor(income, members, population.povertyLineFen(i));
    boolean eligible = isDibaoEligible(income, members, standard);
    return new DibaoDecision(poor,
        poor ? Optional.of(eligible ? PovertyCategory.DIBAO : PovertyCategory.GENERAL) : Optional.empty(),
        eligible, eligible ? monthlyTopUpFen(income, members, standard) : 0);
  }
}

package org.jingzhun.eligibility.screening;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.identification.IdentificationRules;

/**
 * 收入筛查 (income screening): identification and dibao for the households of one village held
 * as columns — yearly net income in fen and member count — written to {@link ScreeningResults}.
 * Every household is taken to have no guarantee deficit and at least one member able to work
 * (the income test alone decides; a household with deficits or without labour goes through
 * {@link IdentificationRules#isPoor} and {@link IdentificationRules#category} one at a time).
 *
 * <p>For each household it gives exactly what the resolved rules give one household at a time:
 * poor = {@link IdentificationRules#isPoor isPoor(net, members, 0)}; category =
 * {@link IdentificationRules#category category(net, members, false)} when poor; dibao eligible
 * = {@link DibaoRules#isEligible}; top-up = {@link DibaoRules#monthlyTopUpFen}. Where those
 * throw an {@link ArithmeticException} because an intermediate amount of a household with an
 * income beyond −9 × 10^18 fen does not fit a long, the screening gives the exact answer (the
 * top-up of a net loss is capped at standard × members whatever the loss).
 *
 * <h2>How it is fast</h2>
 * When the village pays the gap rounded {@code HALF_UP}, {@code HALF_DOWN}, {@code UP},
 * {@code DOWN}, {@code CEILING} or {@code FLOOR} and its per-person amounts are at most
 * {@value #LARGEST_BOUNDED_FEN} fen (so that amount × members fits a long for any member
 * count), the rules are evaluated in a bounded form with no branch and no overflow check per
 * household:
 * <ul>
 *   <li>the income is compared as {@code max(net, −1)}: every limit is ≥ 0, so a loss compares
 *       as −1 does, and no difference can overflow;
 *   <li>for an eligible household with income ≥ 0 the shortfall {@code s = standard × 12 ×
 *       members − net} is positive, and {@code s / 12} rounded by the mode is
 *       {@code (s + k) / 12} with k = 6, 5, 11, 0 for half-up, half-down, up (ceiling), down
 *       (floor);
 *   <li>for an eligible loss, {@code s > standard × 12 × members}, so the rounded gap is at least
 *       the cap {@code standard × members} and the top-up is the cap, which is exactly what
 *       {@code (standard × 12 × members − 0 + k) / 12} gives: the income is taken as
 *       {@code max(net, 0)} in the shortfall;
 *   <li>the eligibility, poverty and category tests become sign bits, so the top-up is masked
 *       and the code byte composed without a jump.
 * </ul>
 * Any other village (tiered payment, {@code HALF_EVEN}, {@code UNNECESSARY}, amounts beyond the
 * bound) is screened one household at a time through the rules' own entry points, in two
 * passes so that an exception leaves no result written.
 *
 * <p>Immutable and thread-safe: calls on disjoint ranges of one result may run in parallel,
 * and give exactly the sequential results.
 */
public final class IncomeScreening {

  /** The largest per-person amount, in fen, for which amount × members fits a long for every int member count. */
  static final long LARGEST_BOUNDED_FEN = Long.MAX_VALUE / Integer.MAX_VALUE;
  private static final int MONTHS = 12;
  private static final int NO_DEFICITS = 0;
  private static final boolean HAS_LABOUR = false;
  private static final int GENERAL = PovertyCategory.GENERAL.ordinal() + 1;
  private static final int DIBAO = PovertyCategory.DIBAO.ordinal() + 1;
  /** Not a rounding the bounded form computes. */
  private static final long NOT_BOUNDED = -1;

  private final IdentificationRules identification;
  private final DibaoRules dibao;
  private final long lineFen;
  private final long categoryTestFen;
  private final long yearlyFen;
  private final long roundingOffset;

  private IncomeScreening(IdentificationRules identification, DibaoRules dibao) {
    this.identification = identification;
    this.dibao = dibao;
    this.lineFen = identification.identificationLineFen();
    this.categoryTestFen = identification.dibaoCategoryTestFen().orElseThrow(() -> ValidationException.of(
        IdentificationRules.DIBAO_STANDARD, "", "must be in force where dibao is screened on " + identification.date()));
    this.yearlyFen = dibao.standardYearlyFen();
    boolean amountsBounded = within(lineFen) && within(categoryTestFen) && within(yearlyFen);
    this.roundingOffset = amountsBounded && !dibao.paysByTier() ? offset(dibao.rounding()) : NOT_BOUNDED;
  }

  /**
   * The screening of a village by rules already resolved for it (and for one date).
   *
   * @throws ValidationException if no dibao standard is in force for the identification rules
   */
  public static IncomeScreening of(IdentificationRules identification, DibaoRules dibao) {
    return new IncomeScreening(Objects.requireNonNull(identification, "identification"), Objects.requireNonNull(dibao, "dibao"));
  }

  /**
   * The screening of {@code village} on {@code date} by the rules of {@code book}.
   *
   * @throws ValidationException naming the first parameter not in force
   */
  public static IncomeScreening resolve(PolicyBook book, RegionCode village, LocalDate date) {
    return of(IdentificationRules.resolve(book, village, date), DibaoRules.resolve(book, village, date));
  }

  /** The identification rules screened by. */
  public IdentificationRules identification() {
    return identification;
  }

  /** The dibao rules screened by. */
  public DibaoRules dibao() {
    return dibao;
  }

  /** Whether this village is screened in the bounded form (see the class description). */
  public boolean bounded() {
    return roundingOffset != NOT_BOUNDED;
  }

  /**
   * Screens households {@code from} (inclusive) to {@code to} (exclusive) of the columns into
   * the same positions of {@code out}. Allocates nothing unless the input is refused.
   *
   * @throws ValidationException listing every household of the range with fewer than one
   *     member ({@code members[i]}); nothing is written then
   * @throws IndexOutOfBoundsException if the range is not within both columns and {@code out}
   * @throws ArithmeticException as the rules' own entry points, for a village not screened in the
   *     bounded form; nothing is written then
   */
  public void screen(long[] netIncomeFen, int[] members, int from, int to, ScreeningResults out) {
    Objects.checkFromToIndex(from, to, Math.min(Math.min(netIncomeFen.length, members.length), out.size()));
    if (someWithoutMembers(members, from, to)) {
      throw withoutMembers(members, from, to);
    }
    if (bounded()) {
      screenBounded(netIncomeFen, members, from, to, out.codes(), out.topUps());
    } else {
      for (int i = from; i < to; i++) {
        checkedCode(netIncomeFen[i], members[i]); // any exception before a result is written
        dibao.monthlyTopUpFen(netIncomeFen[i], members[i]);
      }
      for (int i = from; i < to; i++) {
        out.codes()[i] = checkedCode(netIncomeFen[i], members[i]);
        out.topUps()[i] = dibao.monthlyTopUpFen(netIncomeFen[i], members[i]);
      }
    }
  }

  /** {@link #screen} of one household by the rules' own entry points. */
  private byte checkedCode(long net, int members) {
    boolean poor = identification.isPoor(net, members, NO_DEFICITS);
    Optional<PovertyCategory> category =
        poor ? Optional.of(identification.category(net, members, HAS_LABOUR)) : Optional.empty();
    return ScreeningResults.code(poor, category, dibao.isEligible(net, members));
  }

  /** The bounded form (see the class description): sign bits and masks, no jump on the data. */
  private void screenBounded(long[] netIncomeFen, int[] members, int from, int to, byte[] code, long[] topUp) {
    long line = lineFen;
    long categoryTest = categoryTestFen;
    long yearly = yearlyFen;
    long k = roundingOffset;
    for (int i = from; i < to; i++) {
      long n = members[i];
      long net = netIncomeFen[i];
      long compared = Math.max(net, -1);
      long limit = yearly * n;
      long poor = (compared - line * n) >>> 63;
      long belowCategoryTest = (compared - categoryTest * n) >>> 63;
      long eligible = (compared - limit) >> 63; // all ones when eligible
      long gap = (limit - Math.max(net, 0) + k) / MONTHS;
      code[i] = (byte) (poor
          | (eligible & ScreeningResults.DIBAO_ELIGIBLE)
          | (poor * (GENERAL + (DIBAO - GENERAL) * belowCategoryTest)) << ScreeningResults.CATEGORY_SHIFT);
      topUp[i] = gap & eligible;
    }
  }

  /** Whether some household of the range has fewer than one member: n | (n − 1) is negative exactly for n ≤ 0. */
  private static boolean someWithoutMembers(int[] members, int from, int to) {
    int signs = 0;
    for (int i = from; i < to; i++) {
      int n = members[i];
      signs |= n | (n - 1);
    }
    return signs < 0;
  }

  private static ValidationException withoutMembers(int[] members, int from, int to) {
    Violations violations = Violations.collect();
    for (int i = from; i < to; i++) {
      violations.check(members[i] >= 1, FieldPath.index("members", i), members[i], "must be at least 1");
    }
    return new ValidationException(violations.list());
  }

  private static boolean within(long perPersonFen) {
    return perPersonFen >= 0 && perPersonFen <= LARGEST_BOUNDED_FEN;
  }

  /** k such that (s + k) / 12 is s / 12 rounded by {@code mode} for every s ≥ 1; NOT_BOUNDED for the others. */
  private static long offset(RoundingMode mode) {
    return switch (mode) {
      case HALF_UP -> MONTHS / 2;
      case HALF_DOWN -> MONTHS / 2 - 1;
      case UP, CEILING -> MONTHS - 1;
      case DOWN, FLOOR -> 0;
      case HALF_EVEN, UNNECESSARY -> NOT_BOUNDED;
    };
  }
}

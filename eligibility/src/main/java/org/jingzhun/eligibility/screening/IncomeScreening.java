package org.jingzhun.eligibility.screening;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.identification.IdentificationRules;

/**
 * 收入筛查 (income screening): identification and dibao for the households of one village held
 * as {@link RegisterColumns} — yearly net income in fen and member count — written to
 * {@link ScreeningResults}.
 * Every household is taken to have no guarantee deficit and at least one member able to work
 * (the income test alone decides; a household with deficits or without labour goes through
 * {@link IdentificationRules#isPoor} and {@link IdentificationRules#category} one at a time).
 *
 * <p>For each household it gives exactly what the resolved rules give one household at a time:
 * poor = {@link IdentificationRules#isPoor isPoor(net, members, 0)}; category =
 * {@link IdentificationRules#category category(net, members, false)} when poor; dibao eligible
 * = {@link DibaoRules#isEligible}; top-up = {@link DibaoRules#monthlyTopUpFen}. Where those
 * throw an {@link ArithmeticException} because an intermediate amount of a household with an
 * income beyond −9 × 10^18 fen does not fit a long, the bounded form below gives the exact
 * answer (the top-up of a net loss is capped at standard × members whatever the loss); the
 * one-at-a-time form throws as they do.
 *
 * <h2>How it is fast</h2>
 * When the village pays the gap rounded {@code HALF_UP}, {@code HALF_DOWN}, {@code UP},
 * {@code DOWN}, {@code CEILING} or {@code FLOOR} and its per-person amounts are at most
 * {@value #LARGEST_BOUNDED_FEN} fen (so that amount × members, plus 12, fits a long for any
 * member count), and the monthly standard × the register's largest household fits the results'
 * {@code int} top-up, the rules are evaluated in a bounded form with no branch and no overflow
 * check per household:
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
 *   <li>the poverty and eligibility tests become sign bits, so the top-up is masked and the
 *       code byte composed without a jump; the category needs no test of its own: with labour
 *       and no deficit it is dibao exactly when the income is below the same dibao standard,
 *       that is when the household is eligible, and general otherwise.
 * </ul>
 * Any other village or register (tiered payment, {@code HALF_EVEN}, {@code UNNECESSARY},
 * amounts beyond the bounds) is screened one household at a time through the rules' own entry
 * points, in two passes so that an exception, or a top-up the results cannot hold, leaves no
 * result written.
 *
 * <p>The screening keeps no derivation (it is for whole registers, where explanations would cost
 * more than the rules); one household's is that of the rules whose answers it gives:
 * {@link IdentificationRules#explain} and {@link DibaoRules#explain} of a household with that
 * income and those members.
 *
 * <p>Immutable and thread-safe: calls on disjoint ranges of one result may run in parallel,
 * and give exactly the sequential results.
 */
public final class IncomeScreening {

  private static final int MONTHS = 12;
  /** The largest per-person amount, in fen, for which amount × members + 12 fits a long for every int member count. */
  static final long LARGEST_BOUNDED_FEN = (Long.MAX_VALUE - MONTHS) / Integer.MAX_VALUE;
  private static final int NO_DEFICITS = 0;
  private static final boolean HAS_LABOUR = false;
  /** Not a rounding the bounded form computes. */
  private static final long NOT_BOUNDED = -1;

  private final IdentificationRules identification;
  private final DibaoRules dibao;
  private final long lineFen;
  private final long yearlyFen;
  private final long monthlyFen;
  private final long roundingOffset;

  private IncomeScreening(IdentificationRules identification, DibaoRules dibao) {
    this.identification = identification;
    this.dibao = dibao;
    this.lineFen = identification.identificationLineFen();
    this.yearlyFen = dibao.standardYearlyFen();
    this.monthlyFen = dibao.standardMonthlyFen();
    long categoryTestFen = identification.dibaoCategoryTestFen().orElseThrow(() -> ValidationException.of(
        DibaoRules.STANDARD.name(), "", "must be in force where dibao is screened on " + identification.date()));
    if (!identification.date().equals(dibao.date()) || categoryTestFen != yearlyFen) {
      throw ValidationException.of("dibao", dibao.date() + ", " + yearlyFen + " fen a year",
          "must be resolved for the identification rules' village and date (" + identification.date() + ", a dibao standard of "
              + categoryTestFen + " fen a year)");
    }
    boolean amountsBounded = within(lineFen) && within(yearlyFen);
    this.roundingOffset = amountsBounded && !dibao.paysByTier() ? offset(dibao.rounding()) : NOT_BOUNDED;
  }

  /**
   * {@return the screening of a village by rules already resolved for it and one date}
   *
   * @param identification the identification rules resolved for the village and date
   * @param dibao the dibao rules resolved for the same village and date
   * @throws ValidationException if no dibao standard is in force for the identification rules,
   *     or the two were resolved for different dates or read different dibao standards
   *     (different villages)
   */
  public static IncomeScreening of(IdentificationRules identification, DibaoRules dibao) {
    return new IncomeScreening(Objects.requireNonNull(identification, "identification"), Objects.requireNonNull(dibao, "dibao"));
  }

  /**
   * {@return the screening of {@code village} on {@code date} by the rules of {@code book}}
   *
   * @param book the policy book whose parameters apply
   * @param village the village's twelve-digit code
   * @param date the day whose rules apply
   * @throws ValidationException naming the first parameter not in force
   */
  public static IncomeScreening resolve(PolicyBook book, RegionCode village, LocalDate date) {
    return of(IdentificationRules.resolve(book, village, date), DibaoRules.resolve(book, village, date));
  }

  /** {@return the identification rules screened by} */
  public IdentificationRules identification() {
    return identification;
  }

  /** {@return the dibao rules screened by} */
  public DibaoRules dibao() {
    return dibao;
  }

  /**
   * {@return whether this village's rules allow the bounded form (see the class description); a
   * register is screened in it when, besides, the standard × its largest household fits the
   * results}
   */
  public boolean bounded() {
    return roundingOffset != NOT_BOUNDED;
  }

  /**
   * Screens households {@code from} (inclusive) to {@code to} (exclusive) of {@code register}
   * into the same positions of {@code out}. Allocates nothing unless the input is refused.
   *
   * @param register the register's columns
   * @param from the first household screened, in
   * @param to the household after the last screened, out
   * @param out where the results are written, at the same indexes
   * @throws IndexOutOfBoundsException if the range is not within {@code register} and {@code out}
   * @throws ValidationException listing every household whose monthly top-up would exceed
   *     {@link ScreeningResults#LARGEST_TOP_UP_FEN} ({@code members[i]}); nothing is written then
   * @throws ArithmeticException as the rules' own entry points, for a village not screened in the
   *     bounded form; nothing is written then
   */
  public void screen(RegisterColumns register, int from, int to, ScreeningResults out) {
    Objects.checkFromToIndex(from, to, Math.min(register.size(), out.size()));
    long[] netIncomeFen = register.incomes();
    int[] members = register.memberCounts();
    // every top-up is at most standard × members (a loss is capped there, an income ≥ 0 has a smaller gap)
    if (bounded() && monthlyFen * register.largestHousehold() <= ScreeningResults.LARGEST_TOP_UP_FEN) {
      screenBounded(netIncomeFen, members, from, to, out.codes(), out.topUps());
      return;
    }
    // one household at a time: computed once to find any exception or top-up too large, then written
    Violations tooLarge = Violations.collect();
    for (int i = from; i < to; i++) {
      checkedCode(netIncomeFen[i], members[i]);
      long topUp = dibao.monthlyTopUpFen(netIncomeFen[i], members[i]);
      tooLarge.check(topUp >= 0 && topUp <= ScreeningResults.LARGEST_TOP_UP_FEN, FieldPath.index("members", i), members[i],
          "gives a monthly top-up of " + topUp + " fen, more than the results hold (" + ScreeningResults.LARGEST_TOP_UP_FEN + ")");
    }
    tooLarge.throwIfAny();
    for (int i = from; i < to; i++) {
      out.codes()[i] = checkedCode(netIncomeFen[i], members[i]);
      out.topUps()[i] = (int) dibao.monthlyTopUpFen(netIncomeFen[i], members[i]);
    }
  }

  /**
   * {@link #screen} of one household by the rules' own entry points. The category is computed
   * by the identification rules too (so that any exception of theirs is raised), and is the one
   * the results derive from poor and eligible (the dibao standard is the same).
   */
  private byte checkedCode(long net, int members) {
    boolean poor = identification.isPoor(net, members, NO_DEFICITS);
    if (poor) {
      identification.category(net, members, HAS_LABOUR);
    }
    return ScreeningResults.code(poor, dibao.isEligible(net, members));
  }

  /** The bounded form (see the class description): sign bits and masks, no jump on the data. */
  private void screenBounded(long[] netIncomeFen, int[] members, int from, int to, byte[] code, int[] topUp) {
    long line = lineFen;
    long yearly = yearlyFen;
    long k = roundingOffset;
    for (int i = from; i < to; i++) {
      long n = members[i];
      long net = netIncomeFen[i];
      long compared = Math.max(net, -1);
      long limit = yearly * n;
      long poor = (compared - line * n) >>> 63;
      long eligible = (compared - limit) >> 63; // all ones when eligible
      long gap = twelfth(limit - Math.max(net, 0) + k); // meaningful (and kept) only when eligible
      code[i] = (byte) (poor | (eligible & ScreeningResults.DIBAO_ELIGIBLE));
      topUp[i] = (int) (gap & eligible);
    }
  }

  /**
   * ⌊v / 12⌋ for v ≥ 0, as ⌊⌊v / 4⌋ / 3⌋ with the division by 3 a multiplication by
   * (2^64 + 2) / 3 keeping the high 64 bits: for w = ⌊v / 4⌋ = 3q + r (w < 2^61) the product is
   * q + r / 3 + 2w / (3 · 2^64), whose fraction stays below 2/3 + 1/12 &lt; 1. For v &lt; 0 the
   * value is some number ≤ 0 that the caller masks away.
   */
  private static long twelfth(long v) {
    return Math.multiplyHigh(v >> 2, 0x5555_5555_5555_5556L);
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

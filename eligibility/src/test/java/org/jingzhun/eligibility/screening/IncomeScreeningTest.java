package org.jingzhun.eligibility.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.PlantedBooks;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.junit.jupiter.api.Test;

/** {@link IncomeScreening} against the rules one household at a time, and by hand. */
class IncomeScreeningTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** Bazhou, 2015-08-01: the 2014 line of 2,800 yuan a year; Sichuan's dibao standard of 190 yuan a month. */
  private static final LocalDate DATE = LocalDate.of(2015, 8, 1);

  /** The book with {@code mode} as Bazhou's rounding and {@code standard} yuan a month from 2015. */
  private static PolicyBook planted(RoundingMode mode, String standard) {
    return PlantedBooks.dibaoRounding(mode, standard, LocalDate.of(2015, 1, 1));
  }

  private static final PolicyBook TIERED = PlantedBooks.dibaoTiers(LocalDate.of(2015, 1, 1), "0.805", null);

  private static IncomeScreening screening(PolicyBook book) {
    return IncomeScreening.resolve(book, Fixtures.VILLAGE, DATE);
  }

  @Test
  void handWorkedHouseholdsUnderTheShippedBook() {
    IncomeScreening screening = screening(BOOK);
    assertTrue(screening.bounded(), "gap rounded HALF_UP, amounts small: the bounded form");
    // line 2,800 yuan = 280,000 fen a person a year; standard 190 yuan = 19,000 fen a month,
    // 228,000 fen a year; two members: line 560,000, yearly standard 456,000, cap 38,000
    long[] net = {0, 500_000, 560_000, 455_995, 455_994, -120_000, Long.MIN_VALUE, Long.MAX_VALUE};
    int[] members = {2, 2, 2, 2, 2, 1, 3, 8};
    ScreeningResults out = new ScreeningResults(net.length);
    screening.screen(RegisterColumns.of(net, members), 0, net.length, out);
    // 0: poor, below the dibao standard: dibao; gap 456,000 / 12 = 38,000
    check(out, 0, true, PovertyCategory.DIBAO, true, 38_000);
    // 1: 500,000 < 560,000 poor, but ≥ 456,000: general, not eligible
    check(out, 1, true, PovertyCategory.GENERAL, false, 0);
    // 2: exactly at the line: not poor, not eligible
    check(out, 2, false, null, false, 0);
    // 3: 5 fen short: 5 / 12 = 0.42 rounds half up to 0; eligible with no top-up
    check(out, 3, true, PovertyCategory.DIBAO, true, 0);
    // 4: 6 fen short: 6 / 12 = 0.5 rounds half up to 1 fen
    check(out, 4, true, PovertyCategory.DIBAO, true, 1);
    // 5: a loss of 1,200 yuan, one member: (228,000 + 120,000) / 12 = 29,000, capped at 19,000
    check(out, 5, true, PovertyCategory.DIBAO, true, 19_000);
    // 6: the largest loss a long holds, three members: capped at 3 × 19,000 = 57,000 (the rules
    // one household at a time overflow computing the shortfall)
    check(out, 6, true, PovertyCategory.DIBAO, true, 57_000);
    assertThrows(ArithmeticException.class, () -> screening.dibao().monthlyTopUpFen(Long.MIN_VALUE, 3));
    // 7: the largest income: nothing
    check(out, 7, false, null, false, 0);
    assertEquals(38_000 + 1 + 19_000 + 57_000, out.totalMonthlyTopUpFen());
    assertEquals(6, out.poorCount());
  }

  private static void check(ScreeningResults out, int i, boolean poor, PovertyCategory category, boolean eligible, long topUp) {
    assertEquals(poor, out.poor(i), "poor " + i);
    assertEquals(Optional.ofNullable(category), out.category(i), "category " + i);
    assertEquals(eligible, out.dibaoEligible(i), "eligible " + i);
    assertEquals(topUp, out.monthlyTopUpFen(i), "top-up " + i);
  }

  /** Screens the columns and compares every household with the rules one at a time. */
  private static void agreesWithOneAtATime(IncomeScreening screening, long[] net, int[] members) {
    ScreeningResults out = new ScreeningResults(net.length);
    screening.screen(RegisterColumns.of(net, members), 0, net.length, out);
    for (int i = 0; i < net.length; i++) {
      long n = net[i];
      int m = members[i];
      boolean poor = screening.identification().isPoor(n, m, 0);
      assertEquals(poor, out.poor(i), "poor " + i);
      assertEquals(poor ? Optional.of(screening.identification().category(n, m, false)) : Optional.empty(),
          out.category(i), "category " + i);
      assertEquals(screening.dibao().isEligible(n, m), out.dibaoEligible(i), "eligible " + i);
      assertEquals(screening.dibao().monthlyTopUpFen(n, m), out.monthlyTopUpFen(i), "top-up " + i);
    }
  }

  /** Columns of {@code size} households: incomes stepping by {@code step} fen from {@code start}, 1 to {@code maxMembers} members. */
  private static void stepping(IncomeScreening screening, long start, int maxMembers, int size, long step) {
    long[] net = new long[size];
    int[] members = new int[size];
    for (int i = 0; i < size; i++) {
      net[i] = start + step * i;
      members[i] = 1 + i % maxMembers;
    }
    agreesWithOneAtATime(screening, net, members);
  }

  @Test
  void boundedFormGivesEachHouseholdsAnswerInEveryRoundingItComputes() {
    for (RoundingMode mode : List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN)) {
      for (String standard : List.of("190", "190.01", "0")) {
        IncomeScreening screening = screening(planted(mode, standard));
        assertTrue(screening.bounded(), mode + " is computed in the bounded form");
        // a step of 1 fen over 12 households crosses every remainder of the twelfths
        qt().withExamples(60).forAll(longs().between(-1_000_000, 4_000_000), integers().between(1, 12), integers().between(1, 60))
            .checkAssert((start, maxMembers, size) -> {
              stepping(screening, start, maxMembers, size, 1);
              stepping(screening, start, maxMembers, size, 97_331);
            });
      }
    }
  }

  @Test
  void otherRoundingsAndTiersAreScreenedOneAtATimeAndAgree() {
    for (PolicyBook book : List.of(planted(RoundingMode.HALF_EVEN, "190.01"), TIERED)) {
      IncomeScreening screening = screening(book);
      assertFalse(screening.bounded());
      qt().withExamples(60).forAll(longs().between(-1_000_000, 4_000_000), integers().between(1, 12), integers().between(1, 60))
          .checkAssert((start, maxMembers, size) -> {
            stepping(screening, start, maxMembers, size, 1);
            stepping(screening, start, maxMembers, size, 97_331);
          });
    }
  }

  /**
   * An income of kind {@code kind} for {@code members} members: 0 a loss near the largest a long
   * holds, 1 a few fen either side of the yearly dibao standard, 2 either side of the line, 3 any
   * long, 4 near the largest income, 5 a shortfall of up to 10^9 fen below the standard (a real
   * top-up). Amounts of the shipped book on {@link #DATE}: line 280,000, standard 228,000 fen a year.
   */
  private static long income(int kind, long near, long any, int members) {
    return switch (kind) {
      case 0 -> Long.MIN_VALUE + Math.abs(near);
      case 1 -> 228_000L * members + near;
      case 2 -> 280_000L * members + near;
      case 3 -> any;
      case 4 -> Long.MAX_VALUE - Math.abs(near);
      default -> 228_000L * members - 1 - Math.floorMod(any, 1_000_000_000L);
    };
  }

  /** The screening of one household against the rules one at a time (the cap where they overflow). */
  private static void agreesOnOne(IncomeScreening screening, long net, int members) {
    ScreeningResults out = new ScreeningResults(1);
    screening.screen(RegisterColumns.of(new long[] {net}, new int[] {members}), 0, 1, out);
    long expected;
    try {
      expected = screening.dibao().monthlyTopUpFen(net, members);
    } catch (ArithmeticException overflow) {
      // only a loss so large that standard × 12 × members − net leaves a long: the cap
      assertTrue(net < 0, "only a huge loss overflows");
      expected = 19_000L * members;
    }
    boolean poor = screening.identification().isPoor(net, members, 0);
    assertEquals(expected, out.monthlyTopUpFen(0), "top-up");
    assertEquals(poor, out.poor(0), "poor");
    assertEquals(poor ? Optional.of(screening.identification().category(net, members, false)) : Optional.empty(),
        out.category(0), "category");
    assertEquals(screening.dibao().isEligible(net, members), out.dibaoEligible(0), "eligible");
  }

  @Test
  void extremeIncomesAgreeWhereTheRulesComputeAndAreCappedWhereTheyOverflow() {
    IncomeScreening screening = screening(BOOK);
    // up to 113,025 members the cap 19,000 × members fits the results: the bounded form
    qt().withExamples(3_000).forAll(integers().between(0, 5), longs().between(-13, 13), longs().all(), integers().between(1, 113_025))
        .checkAssert((kind, near, any, members) -> agreesOnOne(screening, income(kind, near, any, members), members));
    agreesOnOne(screening, Long.MIN_VALUE, 113_025);
    agreesOnOne(screening, -1, 1);
  }

  @Test
  void hugeHouseholdsAreScreenedOneAtATimeOrRefused() {
    IncomeScreening screening = screening(BOOK);
    qt().withExamples(1_000).forAll(integers().between(0, 5), longs().between(-13, 13), longs().all(),
            integers().between(113_026, Integer.MAX_VALUE))
        .checkAssert((kind, near, any, members) -> {
          long net = income(kind, near, any, members);
          ScreeningResults out = new ScreeningResults(1);
          RegisterColumns register = RegisterColumns.of(new long[] {net}, new int[] {members});
          long expected;
          try {
            expected = screening.dibao().monthlyTopUpFen(net, members);
          } catch (ArithmeticException overflow) {
            assertThrows(ArithmeticException.class, () -> screening.screen(register, 0, 1, out));
            return;
          }
          if (expected > ScreeningResults.LARGEST_TOP_UP_FEN) {
            assertThrows(ValidationException.class, () -> screening.screen(register, 0, 1, out));
          } else {
            agreesOnOne(screening, net, members);
          }
        });
  }

  @Test
  void theBoundedFormEndsWhereAmountTimesAnyMemberCountWouldLeaveALong() {
    // (2^63 − 1 − 12) / (2^31 − 1) = 4,294,967,297 fen a year: 357,913,941 fen a month × 12 =
    // 4,294,967,292 is within, 357,913,942 × 12 = 4,294,967,304 is not
    assertTrue(screening(planted(RoundingMode.HALF_UP, "3579139.41")).bounded());
    assertFalse(screening(planted(RoundingMode.HALF_UP, "3579139.42")).bounded());
    // the largest member count with no income: within the bound the rules compute a top-up of
    // 357,913,941 × 2,147,483,647 fen, refused as more than the results hold; beyond it the
    // rules' own product overflows, and the screening throws as they do
    RegisterColumns largest = RegisterColumns.of(new long[] {0}, new int[] {Integer.MAX_VALUE});
    IncomeScreening within = screening(planted(RoundingMode.HALF_UP, "3579139.41"));
    IncomeScreening beyond = screening(planted(RoundingMode.HALF_UP, "3579139.42"));
    assertThrows(ValidationException.class, () -> within.screen(largest, 0, 1, new ScreeningResults(1)));
    assertThrows(ArithmeticException.class, () -> beyond.screen(largest, 0, 1, new ScreeningResults(1)));
    assertThrows(ArithmeticException.class, () -> beyond.dibao().monthlyTopUpFen(0, Integer.MAX_VALUE));
    // five members, no income: the standard × 5, in either form
    ScreeningResults out = new ScreeningResults(1);
    within.screen(RegisterColumns.of(new long[] {0}, new int[] {5}), 0, 1, out);
    assertEquals(357_913_941L * 5, out.monthlyTopUpFen(0));
    beyond.screen(RegisterColumns.of(new long[] {0}, new int[] {5}), 0, 1, out);
    assertEquals(357_913_942L * 5, out.monthlyTopUpFen(0));
  }

  @Test
  void registerColumnsRefuseEveryHouseholdWithoutMembers() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> RegisterColumns.of(new long[] {0, 0, 0, 0}, new int[] {1, 0, 2, -3}));
    assertEquals(List.of("members[1]", "members[3]"), e.violations().stream().map(Violation::path).toList());
    ValidationException lengths = assertThrows(ValidationException.class,
        () -> RegisterColumns.of(new long[] {0, 0}, new int[] {1}));
    assertEquals("members", lengths.violations().get(0).path());
  }

  @Test
  void registerColumnsAreCopiedIn() {
    long[] net = {0};
    int[] members = {1};
    RegisterColumns register = RegisterColumns.of(net, members);
    net[0] = 1_000_000;
    members[0] = 0;
    assertEquals(0, register.netIncomeFen(0));
    assertEquals(1, register.members(0));
  }

  @Test
  void aRoundingThatFailsLeavesNothingWritten() {
    // UNNECESSARY: a shortfall not divisible by 12 cannot be paid in whole fen a month
    IncomeScreening screening = screening(planted(RoundingMode.UNNECESSARY, "190"));
    ScreeningResults out = new ScreeningResults(2);
    RegisterColumns register = RegisterColumns.of(new long[] {0, 1}, new int[] {1, 1});
    assertThrows(ArithmeticException.class, () -> screening.screen(register, 0, 2, out));
    assertEquals(0, out.monthlyTopUpFen(0), "household 0 (19,000 fen) is not written");
    assertFalse(out.poor(0) || out.dibaoEligible(0), "nor its flags");
  }

  @Test
  void aTopUpTheResultsCannotHoldIsRefusedAndNothingWritten() {
    IncomeScreening screening = screening(BOOK);
    // 19,000 fen × 113,025 members = 2,147,475,000 fen fits an int; × 113,026 = 2,147,494,000 does not
    RegisterColumns fits = RegisterColumns.of(new long[] {0}, new int[] {113_025});
    ScreeningResults out = new ScreeningResults(2);
    screening.screen(fits, 0, 1, out);
    assertEquals(2_147_475_000L, out.monthlyTopUpFen(0));
    // the largest household no longer fits: screened one at a time, and refused where a top-up is too large
    RegisterColumns tooLarge = RegisterColumns.of(new long[] {0, 0}, new int[] {1, 113_026});
    ValidationException e = assertThrows(ValidationException.class, () -> screening.screen(tooLarge, 0, 2, out));
    assertEquals(List.of("members[1]"), e.violations().stream().map(Violation::path).toList());
    assertEquals(2_147_475_000L, out.monthlyTopUpFen(0), "household 0 (19,000 fen) is not written");
    // a large income keeps the top-up small: then the household is screened
    RegisterColumns earning = RegisterColumns.of(new long[] {0, 25_000_000_000L}, new int[] {1, 113_026});
    screening.screen(earning, 0, 2, out);
    assertEquals(19_000, out.monthlyTopUpFen(0));
    // 19,000 × 12 × 113,026 = 25,769,928,000; shortfall 769,928,000 / 12 = 64,160,666.67 → 64,160,667 fen
    assertEquals(64_160_667L, out.monthlyTopUpFen(1));
  }

  @Test
  void refusesARangeOutsideTheColumns() {
    IncomeScreening screening = screening(BOOK);
    RegisterColumns two = RegisterColumns.of(new long[2], new int[] {1, 1});
    RegisterColumns three = RegisterColumns.of(new long[3], new int[] {1, 1, 1});
    assertThrows(IndexOutOfBoundsException.class, () -> screening.screen(two, 0, 3, new ScreeningResults(3)));
    assertThrows(IndexOutOfBoundsException.class, () -> screening.screen(three, 0, 3, new ScreeningResults(2)));
    assertThrows(IndexOutOfBoundsException.class, () -> screening.screen(three, 2, 1, new ScreeningResults(3)));
  }

  @Test
  void refusesAVillageWithoutADibaoStandard() {
    // Beijing (110000): the national rules are in force, no rural dibao standard is shipped there
    ValidationException e = assertThrows(ValidationException.class,
        () -> IncomeScreening.resolve(BOOK, org.jingzhun.core.region.RegionCode.of("110101001001"), LocalDate.of(2016, 6, 1)));
    assertTrue(e.getMessage().contains("dibao.standard.rural"), e.getMessage());
  }

  @Test
  void refusesRulesOfAnotherDateOrStandard() {
    IdentificationRules identification = IdentificationRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    ValidationException e = assertThrows(ValidationException.class,
        () -> IncomeScreening.of(identification, DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DATE.plusDays(1))));
    assertEquals("dibao", e.violations().get(0).path());
    assertThrows(ValidationException.class,
        () -> IncomeScreening.of(identification, DibaoRules.resolve(planted(RoundingMode.HALF_UP, "200"), Fixtures.VILLAGE, DATE)));
  }

  @Test
  void disjointRangesScreenedSeparatelyGiveTheWholeResult() {
    long[] net = new long[1_000];
    int[] members = new int[1_000];
    for (int i = 0; i < net.length; i++) {
      net[i] = -50_000 + 3_001L * i;
      members[i] = 1 + i % 7;
    }
    RegisterColumns register = RegisterColumns.of(net, members);
    // the bounded form, and one household at a time
    for (PolicyBook book : List.of(BOOK, planted(RoundingMode.HALF_EVEN, "190.01"))) {
      IncomeScreening screening = screening(book);
      ScreeningResults whole = new ScreeningResults(net.length);
      screening.screen(register, 0, net.length, whole);
      ScreeningResults parts = new ScreeningResults(net.length);
      screening.screen(register, 600, 1_000, parts);
      screening.screen(register, 0, 600, parts);
      assertEquals(whole, parts);
      assertTrue(whole.totalMonthlyTopUpFen() > 0, "some households are paid");
    }
  }
}

package org.jingzhun.eligibility.dibao;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.GeneratedHouseholds;
import org.junit.jupiter.api.Test;

/** The primitive entry points of {@link DibaoRules} against {@link DibaoRules#assess(Household, boolean, Trace)}. */
class PrimitiveDibaoTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);
  private static final String SOURCE = "sources:\n  t: {issuer: test, title: test, confidence: UNVERIFIED}\nparameters:\n";

  /** The book with {@code mode} as the rounding and {@code standard} a month for Bazhou in 2019. */
  private static PolicyBook planted(RoundingMode mode, String standard) {
    return BOOK.withOverrides(List.of(new PolicyFile("rounding.yaml", SOURCE + """
          dibao.payment.rounding:
            values:
              "511902": [{from: 2019-01-01, value: %s, source: t}]
          dibao.standard.rural:
            values:
              "511902": [{from: 2019-01-01, until: 2020-01-01, value: "%s", source: t}]
        """.formatted(mode, standard))));
  }

  private static final PolicyBook TIERED = BOOK.withOverrides(List.of(new PolicyFile("tiers.yaml", SOURCE + """
        dibao.payment.method:
          values:
            "511902": [{from: 2019-01-01, value: tiered, source: t}]
        dibao.payment.tiers:
          values:
            "511902": [{from: 2019-01-01, value: [{below: "0.5", pay: "0.805"}, {below: "1", pay: "0.4"}], source: t}]
        dibao.payment.rounding:
          values:
            "511902": [{from: 2019-01-01, value: HALF_EVEN, source: t}]
      """)));

  /** Checks, over generated households, that both paths agree, one household at a time and in bulk. */
  private static void bothPathsAgree(PolicyBook book) {
    DibaoRules rules = DibaoRules.resolve(book, Fixtures.VILLAGE, DATE);
    long yearly = rules.standardMonthlyFen() * 12;
    qt().withExamples(300).forAll(integers().between(1, 6), integers().between(0, GeneratedHouseholds.KINDS - 1),
            longs().between(-1_000_000, 1_000_000), integers().between(0, GeneratedHouseholds.FLAGS - 1))
        .checkAssert((members, kind, amount, flags) -> {
          // kind 1 at the yearly standard, kind 2 at half of it (the first tier's limit)
          long net = GeneratedHouseholds.netFen(kind, amount, members, yearly, yearly / 2);
          Household h = GeneratedHouseholds.household(members, net, flags);
          DibaoAssessment a = rules.assess(h, false, Trace.off());
          assertEquals(a.eligible(), rules.isEligible(net, members), "eligible");
          assertEquals(a.monthlyTopUp().fen(), rules.monthlyTopUpFen(net, members), "top-up");
          boolean[] eligible = new boolean[3];
          long[] topUp = new long[3];
          rules.assess(new long[] {0, net, 0}, new int[] {1, members, 1}, 1, 2, eligible, topUp);
          assertArrayEquals(new boolean[] {false, a.eligible(), false}, eligible, "bulk eligible");
          assertArrayEquals(new long[] {0, a.monthlyTopUp().fen(), 0}, topUp, "bulk top-up");
        });
  }

  @Test
  void primitivePathGivesTheHouseholdPathsAnswersInEveryRoundingMode() {
    for (RoundingMode mode : List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN)) {
      bothPathsAgree(planted(mode, "350"));
      bothPathsAgree(planted(mode, "350.01"));
    }
  }

  @Test
  void primitivePathGivesTheHouseholdPathsAnswersForTieredPayment() {
    bothPathsAgree(TIERED);
  }

  @Test
  void aNetLossTopUpIsCappedAtTheStandardTimesMembers() {
    DibaoRules rules = DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    // (350 × 12 × 2 + 1,200) / 12 = 800 > 350 × 2 = 700: capped at 70,000 fen
    assertEquals(70_000, rules.monthlyTopUpFen(-120_000, 2));
  }

  @Test
  void incomeExactlyAtTheStandardIsNotEligibleOnThePrimitivePath() {
    DibaoRules rules = DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    // 350 × 12 × 3 = 12,600 yuan = 1,260,000 fen
    assertEquals(false, rules.isEligible(1_260_000, 3));
    assertEquals(0, rules.monthlyTopUpFen(1_260_000, 3));
    // one fen below: shortfall 1 fen / 12, half-up → 0 fen
    assertEquals(0, rules.monthlyTopUpFen(1_259_999, 3));
  }

  @Test
  void primitiveEntryPointsRefuseAnEmptyHousehold() {
    DibaoRules rules = DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    assertThrows(ValidationException.class, () -> rules.isEligible(0, 0));
    assertThrows(ValidationException.class, () -> rules.monthlyTopUpFen(0, -1));
  }

  /** The bulk form over {@code net} and {@code members} against one household at a time. */
  private static void bulkAgreesWithOneAtATime(DibaoRules rules, long[] net, int[] members) {
    boolean[] eligible = new boolean[net.length];
    long[] topUp = new long[net.length];
    rules.assess(net, members, 0, net.length, eligible, topUp);
    for (int i = 0; i < net.length; i++) {
      assertEquals(rules.isEligible(net[i], members[i]), eligible[i], "eligible " + i);
      assertEquals(rules.monthlyTopUpFen(net[i], members[i]), topUp[i], "top-up " + i);
    }
  }

  @Test
  void bulkFormOverManyHouseholdsGivesEachHouseholdsAnswerInEveryRoundingMode() {
    for (RoundingMode mode : List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
        RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN)) {
      DibaoRules rules = DibaoRules.resolve(planted(mode, "350.01"), Fixtures.VILLAGE, DATE);
      qt().withExamples(50).forAll(longs().between(-3_000_000, 3_000_000), integers().between(1, 12), integers().between(1, 40))
          .checkAssert((start, maxMembers, n) -> {
            long[] net = new long[n];
            int[] members = new int[n];
            for (int i = 0; i < n; i++) {
              // incomes step by 97,331 fen around the standard: losses, shortfalls, ties and surpluses
              net[i] = start + 97_331L * i;
              members[i] = 1 + i % maxMembers;
            }
            bulkAgreesWithOneAtATime(rules, net, members);
          });
    }
  }

  @Test
  void bulkFormWithAnExtremeIncomeTakesTheCheckedPathAndAgrees() {
    DibaoRules rules = DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    // Long.MIN_VALUE has no absolute value and Long.MAX_VALUE leaves no room for a shortfall: checked path
    bulkAgreesWithOneAtATime(rules, new long[] {Long.MAX_VALUE, 0, -120_000}, new int[] {3, 2, 2});
    boolean[] eligible = new boolean[2];
    long[] topUp = new long[2];
    // standard × 12 × 1 − Long.MIN_VALUE overflows, as it does one household at a time
    assertThrows(ArithmeticException.class, () -> rules.assess(new long[] {0, Long.MIN_VALUE}, new int[] {1, 1}, 0, 2, eligible, topUp));
    assertThrows(ArithmeticException.class, () -> rules.monthlyTopUpFen(Long.MIN_VALUE, 1));
  }

  @Test
  void bulkFormRefusesAnEmptyHouseholdBeforeWritingAnyResult() {
    DibaoRules rules = DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    boolean[] eligible = new boolean[2];
    long[] topUp = new long[2];
    assertThrows(ValidationException.class, () -> rules.assess(new long[] {0, 0}, new int[] {1, 0}, 0, 2, eligible, topUp));
    // income 0 with one member would be eligible for 35,000 fen, but no partial result is written
    assertEquals(0, topUp[0]);
    assertEquals(false, eligible[0]);
  }
}

package org.jingzhun.eligibility.dibao;

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
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.GeneratedHouseholds;
import org.jingzhun.eligibility.PlantedBooks;
import org.junit.jupiter.api.Test;

/** The primitive entry points of {@link DibaoRules} against {@link DibaoRules#assess(Household, boolean, Trace)}. */
class PrimitiveDibaoTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  /** The book with {@code mode} as the rounding and {@code standard} a month for Bazhou in 2019. */
  private static PolicyBook planted(RoundingMode mode, String standard) {
    return PlantedBooks.dibaoRounding(mode, standard, LocalDate.of(2019, 1, 1));
  }

  private static final PolicyBook TIERED = PlantedBooks.dibaoTiers(LocalDate.of(2019, 1, 1), "0.805", "HALF_EVEN");

  /** Checks, over generated households, that both paths agree. */
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
}

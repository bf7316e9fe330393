package org.jingzhun.eligibility.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.PlantedBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DibaoRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** Sichuan 2019: 350 a person a month; rounding half-up. */
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  private static DibaoAssessment assess(Household h) {
    return DibaoRules.compute(DibaoCase.of(h), BOOK, DATE);
  }

  @Test
  void gapIsPaidForEveryMemberOfTheHousehold() {
    // 350 × 3 − 6,000 / 12 = 1,050 − 500 = 550
    DibaoAssessment a = assess(Fixtures.household("6000", 3).build());
    assertTrue(a.eligible());
    assertEquals(Money.ofYuan(550), a.monthlyTopUp());
  }

  @Test
  void incomeExactlyAtTheStandardIsNotEligible() {
    // 350 × 12 × 3 = 12,600
    DibaoAssessment a = assess(Fixtures.household("12600", 3).build());
    assertFalse(a.eligible());
    assertEquals(Money.ZERO, a.monthlyTotal());
  }

  @Test
  void theMonthlyIncomeIsRoundedHalfUpToTheFen() {
    // 1,000.01 / 12 = 83.334166… → 83.33; 1,050 − 83.33 = 966.67
    assertEquals(Money.ofYuan("966.67"), assess(Fixtures.household("1000.01", 3).build()).monthlyTopUp());
  }

  /** The book with {@code mode} as the rounding and {@code standard} a month for Bazhou from 2019. */
  private static PolicyBook rounding(String mode, String standard) {
    return PlantedBooks.dibaoRounding(mode, standard, LocalDate.of(2019, 1, 1));
  }

  /**
   * The gap itself, not the monthly income, is rounded: gap = (standard × 12 × members − net) / 12
   * rounded once by the mode. One member; each net income puts the exact gap on a tie or just off
   * a whole fen, where rounding the income instead turns the mode round on the gap.
   */
  @ParameterizedTest(name = "{0}: standard {1}, net {2} a year → gap {3} a month")
  @CsvSource({
      // 350 − 0.06 / 12 = 349.995, a tie → up 350.00 (rounding the income: 0.005 → 0.01, 349.99)
      "HALF_UP, 350, 0.06, 350.00",
      // 349.995, a tie → down 349.99 (rounding the income: 0.005 → 0.00, 350.00)
      "HALF_DOWN, 350, 0.06, 349.99",
      // 350.01 − 0.005 = 350.005, a tie → even 350.00 (rounding the income: 0.005 → 0.00, 350.01)
      "HALF_EVEN, 350.01, 0.06, 350.00",
      // 350 − 0.01 / 12 = 349.99916… → up 350.00 (rounding the income: 0.000833 → 0.01, 349.99)
      "UP, 350, 0.01, 350.00",
      "CEILING, 350, 0.01, 350.00",
      // 350 − 0.11 / 12 = 349.99083… → down 349.99 (rounding the income: 0.00916 → 0.00, 350.00)
      "DOWN, 350, 0.11, 349.99",
      "FLOOR, 350, 0.11, 349.99"})
  void theGapIsRoundedOnceByTheParameterMode(String mode, String standard, String net, String gap) {
    DibaoAssessment a = DibaoRules.compute(DibaoCase.of(Fixtures.household(net, 1).build()), rounding(mode, standard), DATE);
    assertEquals(Money.ofYuan(gap), a.monthlyTopUp());
  }

  private static Household netLossOf200() {
    return Household.builder().from(Fixtures.household("1", 1).build())
        .income(Income.builder().business(Money.ofYuan(100)).productionCosts(Money.ofYuan(300)).build()).build();
  }

  @Test
  void aNetLossIsBelowTheStandardAndItsGapIsCappedAtTheStandard() {
    // net 100 − 300 = −200: below 350 × 12 = 4,200, eligible;
    // uncapped (4,200 + 200) / 12 = 366.67 > 350 × 1: the gap is capped at 350
    DibaoAssessment a = assess(netLossOf200());
    assertTrue(a.eligible());
    assertEquals(Money.ofYuan(350), a.monthlyTopUp());
  }

  @Test
  void theExplanationOfANetLossShowsTheNegativeIncomeAndTheCap() {
    String zh = DibaoRules.explain(DibaoCase.of(netLossOf200()), BOOK, DATE).explanationText(org.jingzhun.core.explain.Language.ZH);
    assertTrue(zh.contains("-200.00") && zh.contains(DibaoRules.GAP_CAPPED.chinese()), zh);
  }

  @Test
  void extremePovertySupportIsOnePointThreeTimesTheStandardPerMember() {
    // 350 × 1.3 = 455 per member, 2 members = 910
    DibaoAssessment a = DibaoRules.compute(DibaoCase.builder().household(Fixtures.household("0", 2).build())
        .extremePovertySupport(true).build(), BOOK, DATE);
    assertEquals(Money.ofYuan(910), a.monthlySupport());
    assertEquals(Money.ZERO, a.monthlyTopUp());
  }

  private static final PolicyBook LOCAL = BOOK.withOverrides(List.of(new PolicyFile("county.yaml", """
      sources:
        t: {issuer: test, title: test, confidence: UNVERIFIED}
      parameters:
        dibao.addon.severe-disability:
          values:
            "511902": [{from: 2019-01-01, value: {basis: SHARE_OF_STANDARD, share: "0.3"}, source: t}]
        dibao.addon.serious-illness:
          values:
            "511902": [{from: 2019-01-01, value: {basis: FIXED, amount: "50"}, source: t}]
      """)));

  @Test
  void classifiedAddOnsArePaidPerQualifyingMember() {
    // disability: 0.3 × 350 = 105; illness: fixed 50; top-up 350 × 2 − 0 = 700
    Household h = Fixtures.household("0", 0)
        .addMembers(Fixtures.adult("P1").disabilityGrade(2).build())
        .addMembers(Fixtures.adult("P2").health(HealthCondition.SERIOUS_ILLNESS).disabilityGrade(3).build()).build();
    DibaoAssessment a = DibaoRules.compute(DibaoCase.of(h), LOCAL, DATE);
    assertEquals(List.of(MemberAddOn.of("P1", AddOnKind.SEVERE_DISABILITY, Money.ofYuan(105)),
        MemberAddOn.of("P2", AddOnKind.SERIOUS_ILLNESS, Money.ofYuan(50))), a.addOns());
    assertEquals(Money.ofYuan(855), a.monthlyTotal());
  }

  @Test
  void tieredPaymentPaysTheTierOfTheHousehold() {
    PolicyBook tiered = PlantedBooks.dibaoTiers(LocalDate.of(2019, 1, 1), "0.8", null);
    // 6,000 / 3 = 2,000 a year < 0.5 × 4,200 = 2,100 → 0.8 × 350 = 280 × 3 = 840
    assertEquals(Money.ofYuan(840), DibaoRules.compute(DibaoCase.of(Fixtures.household("6000", 3).build()), tiered, DATE).monthlyTopUp());
    // 6,300 / 3 = 2,100: not below half → second tier 0.4 × 350 = 140 × 3 = 420
    assertEquals(Money.ofYuan(420), DibaoRules.compute(DibaoCase.of(Fixtures.household("6300", 3).build()), tiered, DATE).monthlyTopUp());
  }

  @Test
  void aNegativeStandardIsRefusedWithItsParameterRegionAndDate() {
    // refused when the file loads, at its line (the rules refuse one too, if a reform sets it in code)
    ValidationException e = assertThrows(ValidationException.class,
        () -> DibaoRules.resolve(PlantedBooks.dibaoRounding("HALF_UP", "-1", LocalDate.of(2019, 1, 1)), Fixtures.VILLAGE, DATE));
    assertTrue(e.violations().get(0).path().startsWith("rounding.yaml:"), e.getMessage());
    assertTrue(e.getMessage().contains("is negative"), e.getMessage());
    PolicyBook reformed = BOOK.reform("negative").set(DibaoRules.STANDARD, Fixtures.BAZHOU, LocalDate.of(2019, 1, 1),
        org.jingzhun.core.money.PeriodicAmount.of(Money.ofYuan(-1), org.jingzhun.core.money.PeriodicAmount.Per.MONTH),
        org.jingzhun.core.policy.Source.of("t", "t", org.jingzhun.core.policy.Confidence.UNVERIFIED)).build();
    ValidationException r = assertThrows(ValidationException.class, () -> DibaoRules.resolve(reformed, Fixtures.VILLAGE, DATE));
    assertEquals(DibaoRules.STANDARD.name(), r.violations().get(0).path());
    assertTrue(r.getMessage().contains("must not be negative") && r.getMessage().contains("511902101201"), r.getMessage());
  }

  @Test
  void aDateWithoutAStandardNamesParameterRegionAndDate() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> DibaoRules.compute(DibaoCase.of(Fixtures.household("100", 1).build()), BOOK, LocalDate.of(2013, 6, 1)));
    assertTrue(e.getMessage().contains("dibao.standard.rural") && e.getMessage().contains("511902101201")
        && e.getMessage().contains("2013-06-01"), e.getMessage());
    assertTrue(e.isNoPolicy());
  }

  @Test
  void theTopUpNeverRisesWithIncomeAndIsNeverNegative() {
    DibaoRules rules = DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    // net losses included: the top-up is never above 350 × members
    qt().forAll(longs().between(-5_000_000, 5_000_000), longs().between(0, 100_000), integers().between(1, 6))
        .checkAssert((fen, more, members) -> {
          Money low = rules.assess(household(fen, members), false, org.jingzhun.core.explain.Trace.off()).monthlyTopUp();
          Money high = rules.assess(household(fen + more, members), false, org.jingzhun.core.explain.Trace.off()).monthlyTopUp();
          assertFalse(low.isNegative());
          assertFalse(low.isGreaterThan(Money.ofYuan(350).times(members)), () -> fen + " → " + low);
          assertFalse(high.isGreaterThan(low), () -> fen + " → " + low + ", " + (fen + more) + " → " + high);
        });
  }

  /** A household of {@code members} with net income {@code fen}: wages, or a business loss when negative. */
  private static Household household(long fen, int members) {
    Income income = fen >= 0 ? Income.builder().wages(Money.ofFen(fen)).build()
        : Income.builder().productionCosts(Money.ofFen(-fen)).build();
    return Fixtures.household("0", members).income(income).build();
  }

  @Test
  void caseAndAssessmentRoundTripThroughJson() {
    DibaoCase c = DibaoCase.of(Fixtures.household("6000", 3).build());
    assertEquals(c, JingzhunJson.read(JingzhunJson.write(c), DibaoCase.class));
    DibaoAssessment a = DibaoRules.compute(c, BOOK, DATE);
    assertEquals(a, JingzhunJson.read(JingzhunJson.write(a), DibaoAssessment.class));
  }

  /** Tiered payment's tiers, under "parameters:", unless a test sets its own. */
  private static final String DEFAULT_TIERS = "  dibao.payment.tiers:\n    values:\n      \"511902\": [{from: 2019-01-01,"
      + " value: [{below: \"1\", pay: \"0.5\"}], source: {issuer: test, title: test, confidence: UNVERIFIED}}]\n";

  /** Loading (and resolving) a table of {@code parameter} for Bazhou from 2019: a wrong shape is refused at load. */
  private static ValidationException badTable(String parameter, String value) {
    java.util.function.Supplier<PolicyBook> book = () -> BOOK.withOverrides(List.of(new PolicyFile("bad.yaml", """
        parameters:
          dibao.payment.method:
            values:
              "511902": [{from: 2019-01-01, value: tiered, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
        %s  %s:
            values:
              "511902": [{from: 2019-01-01, value: %s, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
        """.formatted(parameter.equals(DibaoRules.TIERS.name()) ? "" : DEFAULT_TIERS, parameter, value))));
    return assertThrows(ValidationException.class, () -> DibaoRules.resolve(book.get(), Fixtures.VILLAGE, DATE));
  }

  @Test
  void anAddOnByShareWithoutAShareIsRejectedWithItsPath() {
    ValidationException e = badTable(ADDON_DISABILITY_NAME, "{basis: SHARE_OF_STANDARD}");
    assertEquals(1, e.violations().size(), e::getMessage);
    assertTrue(e.violations().get(0).path().startsWith("bad.yaml:"), e.getMessage());
    assertTrue(e.violations().get(0).message().startsWith("parameter dibao.addon.severe-disability, region 511902, at share: "), e.getMessage());
  }

  @Test
  void aFixedAddOnWithoutAnAmountIsRejectedWithItsPath() {
    String message = badTable(ADDON_DISABILITY_NAME, "{basis: FIXED}").violations().get(0).message();
    assertTrue(message.startsWith("parameter dibao.addon.severe-disability, region 511902, at amount: "), message);
  }

  @Test
  void aTierWithoutPayIsRejectedWithItsPath() {
    ValidationException e = badTable("dibao.payment.tiers", "[{below: \"0.5\"}]");
    assertEquals(1, e.violations().size(), e::getMessage);
    assertTrue(e.violations().get(0).message().startsWith("parameter dibao.payment.tiers, region 511902, at [0].pay: "), e.getMessage());
  }

  private static final String ADDON_DISABILITY_NAME = DibaoRules.ADDON_DISABILITY.name();
}

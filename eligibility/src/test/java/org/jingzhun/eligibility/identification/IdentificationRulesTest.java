package org.jingzhun.eligibility.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class IdentificationRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** In 2015 after July the identification line is 2014's 2,800 and Sichuan's dibao standard 190 a month. */
  private static final LocalDate DATE = LocalDate.of(2015, 8, 1);

  private static Identification identify(Household h) {
    return IdentificationRules.compute(h, BOOK, DATE);
  }

  @Test
  void incomeExactlyAtTheLineIsNotPoor() {
    // 2 members × 2,800 = 5,600: not below
    Identification r = identify(Fixtures.household("5600", 2).build());
    assertFalse(r.poor());
    assertEquals(List.of(IdentificationReason.INCOME_NOT_BELOW_LINE), r.reasons());
  }

  @Test
  void oneFenBelowTheLineIsPoorAndGeneral() {
    // 5,599.99 < 5,600; above the dibao year 190 × 12 × 2 = 4,560, so general
    Identification r = identify(Fixtures.household("5599.99", 2).build());
    assertTrue(r.poor());
    assertEquals(Optional.of(PovertyCategory.GENERAL), r.category());
    assertEquals(Money.ofYuan(2800), r.line());
  }

  @Test
  void incomeBelowTheDibaoStandardMakesADibaoHousehold() {
    // 4,559.99 < 4,560
    Identification r = identify(Fixtures.household("4559.99", 2).build());
    assertEquals(Optional.of(PovertyCategory.DIBAO), r.category());
    assertTrue(r.reasons().contains(IdentificationReason.INCOME_BELOW_DIBAO_STANDARD));
  }

  @Test
  void incomeExactlyAtTheDibaoStandardIsGeneral() {
    assertEquals(Optional.of(PovertyCategory.GENERAL), identify(Fixtures.household("4560", 2).build()).category());
  }

  @Test
  void noLabourAndOnlyTransfersMakeAnExtremePovertySupportHousehold() {
    Household h = Fixtures.household("0", 0)
        .addMembers(Fixtures.adult("P1").labourCapacity(LabourCapacity.NONE).build())
        .income(Income.builder().transfers(Money.ofYuan(2000)).build()).build(); // 2,000 < 2,800
    assertEquals(Optional.of(PovertyCategory.EXTREME_POVERTY_SUPPORT), identify(h).category());
  }

  /**
   * From 2020-03-20 monitoring is in force; the 2020 identification line is 2019's 3,218 (lagged a
   * year), the monitoring line the year's own, 2020's 4,000.
   */
  private static Identification monitor(Household h) {
    return IdentificationRules.compute(h, BOOK, LocalDate.of(2020, 6, 1));
  }

  @Test
  void incomeBelowOneAndAHalfLinesIsMonitoredAsMarginal() {
    // 9,653.99 < 1.5 × 4,000 × 2 = 12,000; not poor: 9,653.99 ≥ 3,218 × 2 = 6,436
    Identification r = monitor(Fixtures.household("9653.99", 2).build());
    assertEquals(Optional.of(MonitoringCategory.MARGINAL_AT_RISK), r.monitoring());
  }

  @Test
  void monitoringUsesTheLineOfTheYearNotTheLaggedIdentificationLine() {
    // 11,999.99 < 1.5 × 4,000 (2020's line) × 2 = 12,000: monitored;
    // against the lagged line it would not be: 11,999.99 ≥ 1.5 × 3,218 × 2 = 9,654
    Identification r = monitor(Fixtures.household("11999.99", 2).build());
    assertEquals(Money.ofYuan(3218), r.line());
    assertEquals(Optional.of(MonitoringCategory.MARGINAL_AT_RISK), r.monitoring());
  }

  @Test
  void incomeExactlyAtOneAndAHalfLinesIsNotMonitored() {
    // 12,000 = 1.5 × 4,000 × 2: not below
    assertEquals(Optional.empty(), monitor(Fixtures.household("12000", 2).build()).monitoring());
  }

  @Test
  void thereIsNoMonitoringBeforeItIsInForce() {
    assertEquals(Optional.empty(), identify(Fixtures.household("6000", 2).build()).monitoring());
  }

  @Test
  void anExitedHouseholdAtRiskIsUnstable() {
    Household h = Fixtures.household("8000", 2).registration(RegistrationRecord.builder()
        .category(PovertyCategory.GENERAL).status(RegistrationStatus.EXITED).year(2014).build()).build();
    assertEquals(Optional.of(MonitoringCategory.UNSTABLE_EXITED), monitor(h).monitoring());
  }

  @Test
  void rigidSpendingAboveIncomeIsMonitored() {
    // net 10,000; medical 6,000 + disaster 4,000.01 = 10,000.01 > 1 × 10,000; schooling costs do not count
    Household h = Fixtures.household("10000", 1)
        .putRigidSpending(RigidSpendingKind.MEDICAL, Money.ofYuan(6000))
        .putRigidSpending(RigidSpendingKind.DISASTER, Money.ofYuan("4000.01"))
        .putRigidSpending(RigidSpendingKind.EDUCATION, Money.ofYuan(9000)).build();
    Identification r = monitor(h);
    assertEquals(List.of(IdentificationReason.INCOME_NOT_BELOW_LINE, IdentificationReason.MONITORING_RIGID_SPENDING), r.reasons());
  }

  @Test
  void rigidSpendingEqualToIncomeIsNotMonitored() {
    Household h = Fixtures.household("10000", 1).putRigidSpending(RigidSpendingKind.MEDICAL, Money.ofYuan(10000)).build();
    assertEquals(Optional.empty(), monitor(h).monitoring());
  }

  @Test
  void aChildTurningSixteenThatDayIsNoLongerOfSchoolAge() {
    LocalDate birthday = LocalDate.of(2016, 8, 1);
    Household h = Fixtures.household("20000", 1).addMembers(Fixtures.child("C1", LocalDate.of(2000, 8, 1)).build()).build();
    assertEquals(Set.of(), IdentificationRules.compute(h, BOOK, birthday).deficits());
    assertEquals(Set.of(GuaranteeDeficit.CHILD_OUT_OF_SCHOOL),
        IdentificationRules.compute(h, BOOK, birthday.minusDays(1)).deficits());
  }

  @Test
  void deficitsAreListed() {
    Household h = Fixtures.household("20000", 1).housing(HousingSafetyGrade.D).safeDrinkingWater(false)
        .addMembers(Fixtures.adult("P2").insured(false).build()).build();
    assertEquals(Set.of(GuaranteeDeficit.UNSAFE_HOUSING, GuaranteeDeficit.UNSAFE_WATER, GuaranteeDeficit.UNINSURED),
        identify(h).deficits());
  }

  @Test
  void deficitsIdentifyAHouseholdBelowTheDeficitIncomeLimitWhenTheCountySaysSo() {
    PolicyBook county = BOOK.withOverrides(List.of(new PolicyFile("county.yaml", """
        parameters:
          identification.deficit-income-multiple:
            values:
              "511902": [{from: 2015-01-01, value: 1.2, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
          identification.deficit-threshold:
            values:
              "511902": [{from: 2015-01-01, value: 2, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
          identification.deficit-weights:
            values:
              "511902": [{from: 2015-01-01, value: {UNSAFE_HOUSING: 2, UNSAFE_WATER: 1}, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
        """)));
    // 6,719.99 < 1.2 × 2,800 × 2 = 6,720 and housing D weighs 2 ≥ 2
    Household d = Fixtures.household("6719.99", 2).housing(HousingSafetyGrade.D).build();
    Identification r = IdentificationRules.compute(d, county, DATE);
    assertTrue(r.poor());
    assertTrue(r.reasons().contains(IdentificationReason.DEFICITS_WITHIN_INCOME_LIMIT));
    // water alone weighs 1 < 2
    Household w = Fixtures.household("6719.99", 2).safeDrinkingWater(false).build();
    assertFalse(IdentificationRules.compute(w, county, DATE).poor());
    // 6,720 is not below the limit
    assertFalse(IdentificationRules.compute(Fixtures.household("6720", 2).housing(HousingSafetyGrade.D).build(), county, DATE).poor());
  }

  @Test
  void aNegativeNetIncomeIsPoor() {
    Household h = Household.builder().from(Fixtures.household("100", 1).build())
        .income(Income.builder().business(Money.ofYuan(100)).productionCosts(Money.ofYuan(500)).build()).build();
    assertTrue(identify(h).poor());
  }

  @Test
  void aYearWithoutALineNamesParameterRegionAndDate() {
    // identification on 2018-06-01 reads the 2017 line, an estimate: an official-only book refuses it and says why that year
    ValidationException e = assertThrows(ValidationException.class,
        () -> IdentificationRules.compute(Fixtures.household("1000", 1).build(), BOOK.officialOnly(), LocalDate.of(2018, 6, 1)));
    String m = e.getMessage();
    assertTrue(m.contains("poverty.line.statistical") && m.contains("511902101201") && m.contains("2017-06-01"), m);
    assertTrue(m.contains("the calculation for 2018-06-01 reads it on 2017-06-01: identification reads the poverty line of 1 year(s) before"), m);
  }

  private static Identification identify2018(Household h) {
    return IdentificationRules.compute(h, BOOK, LocalDate.of(2018, 6, 1));
  }

  @Test
  void aMemberBornAfterTheDateIsRejected() {
    Household h = Fixtures.household("1000", 1).addMembers(Fixtures.child("C1", LocalDate.of(2016, 1, 1)).build()).build();
    ValidationException e = assertThrows(ValidationException.class, () -> identify(h));
    assertEquals("members[1].birthDate", e.violations().get(0).path());
  }

  @Test
  void theExplanationCitesTheLineAndPrintsInBothLanguages() {
    var explained = IdentificationRules.explain(Fixtures.household("4000", 2).build(), BOOK, DATE);
    String zh = explained.explanationText(Language.ZH);
    assertTrue(zh.contains("poverty.line.statistical") && zh.contains("2800.00"), zh);
    assertTrue(explained.explanationText(Language.EN).contains("per-capita net income below the identification line"));
  }

  @Test
  void theResultRoundTripsThroughJson() {
    Identification r = identify(Fixtures.household("4000", 2).housing(HousingSafetyGrade.C).build());
    assertEquals(r, JingzhunJson.read(JingzhunJson.write(r), Identification.class));
  }
}

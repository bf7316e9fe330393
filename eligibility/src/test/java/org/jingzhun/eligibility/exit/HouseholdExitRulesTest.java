package org.jingzhun.eligibility.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class HouseholdExitRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** 2019: line 3,218 (statistics series); Sichuan also requires safe water. */
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  @Test
  void incomeExactlyAtTheLineFailsTheIncomeCriterion() {
    // 2 × 3,218 = 6,436: not above
    ExitAssessment a = HouseholdExitRules.compute(HouseholdExitCase.of(Fixtures.household("6436", 2).build()), BOOK, DATE);
    assertEquals(List.of(ExitCriterion.INCOME), a.failed());
    assertEquals("3218.00", a.criteria().get(0).actual());
    assertEquals("> 3218.00", a.criteria().get(0).required());
  }

  @Test
  void oneFenAboveTheLinePassesEveryCriterion() {
    ExitAssessment a = HouseholdExitRules.compute(HouseholdExitCase.of(Fixtures.household("6436.01", 2).build()), BOOK, DATE);
    assertTrue(a.passed());
    assertEquals(List.of(ExitCriterion.INCOME, ExitCriterion.COMPULSORY_EDUCATION, ExitCriterion.BASIC_MEDICAL,
        ExitCriterion.SAFE_HOUSING, ExitCriterion.SAFE_WATER, ExitCriterion.HOUSEHOLD_ELECTRICITY,
        ExitCriterion.RADIO_TELEVISION), a.criteria().stream().map(CriterionResult::criterion).toList());
  }

  @Test
  void everyMissingGuaranteeIsListed() {
    ExitAssessment a = HouseholdExitRules.compute(HouseholdExitCase.of(Fixtures.household("9000", 1)
        .housing(HousingSafetyGrade.C).safeDrinkingWater(false)
        .addMembers(Fixtures.child("C1", LocalDate.of(2010, 1, 1)).insured(false).build()).build()), BOOK, DATE);
    assertEquals(List.of(ExitCriterion.COMPULSORY_EDUCATION, ExitCriterion.BASIC_MEDICAL, ExitCriterion.SAFE_HOUSING,
        ExitCriterion.SAFE_WATER), a.failed());
  }

  private static final PolicyBook STABLE = BOOK.withOverrides(List.of(new PolicyFile("stable.yaml", """
      parameters:
        poverty.line.series:
          values:
            "511902": [{from: 2017-01-01, value: planning-path, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
        exit.household.stable-years:
          values:
            "511902": [{from: 2017-01-01, value: 2, source: {issuer: test, title: test, confidence: UNVERIFIED}}]
      """)));

  @Test
  void theStabilityRuleComparesTheYearBeforeWithItsOwnLine() {
    // planning path: 2019 3,747, 2018 3,535. 2 members: 7,500 > 7,494; 7,070 = 2 × 3,535 is not above
    HouseholdExitCase c = HouseholdExitCase.builder().household(Fixtures.household("7500", 2).build())
        .addEarlierNetIncomes(Money.ofYuan(7070)).build();
    ExitAssessment a = HouseholdExitRules.compute(c, STABLE, DATE);
    assertEquals(List.of(ExitCriterion.INCOME_STABLE), a.failed());
    HouseholdExitCase better = HouseholdExitCase.builder().from(c).earlierNetIncomes(List.of(Money.ofYuan("7070.01"))).build();
    assertTrue(HouseholdExitRules.compute(better, STABLE, DATE).passed());
  }

  @Test
  void theStabilityRuleNeedsTheEarlierIncomes() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> HouseholdExitRules.compute(HouseholdExitCase.of(Fixtures.household("7500", 2).build()), STABLE, DATE));
    assertEquals("earlierNetIncomes", e.violations().get(0).path());
  }

  @Test
  void aYearWithoutALineNamesParameterRegionAndDate() {
    ValidationException e = assertThrows(ValidationException.class, () -> HouseholdExitRules.compute(
        HouseholdExitCase.of(Fixtures.household("7500", 2).build()), BOOK.officialOnly(), LocalDate.of(2018, 3, 1)));
    // the 2018 line is an estimate: refused in an official-only book, with every other refused value at once
    assertTrue(e.getMessage().contains("poverty.line.statistical") && e.getMessage().contains("511902101201")
        && e.getMessage().contains("2018-03-01") && e.getMessage().contains("estimated"), e.getMessage());
    assertTrue(e.isNoPolicy());
  }

  @Test
  void caseAndResultRoundTripThroughJson() {
    HouseholdExitCase c = HouseholdExitCase.builder().household(Fixtures.household("7500", 2).build())
        .addEarlierNetIncomes(Money.ofYuan(7070)).build();
    assertEquals(c, JingzhunJson.read(JingzhunJson.write(c), HouseholdExitCase.class));
    ExitAssessment a = HouseholdExitRules.compute(c, STABLE, DATE);
    assertEquals(a, JingzhunJson.read(JingzhunJson.write(a), ExitAssessment.class));
    assertFalse(HouseholdExitRules.explain(c, STABLE, DATE).explanationText(org.jingzhun.core.explain.Language.ZH).isEmpty());
  }
}

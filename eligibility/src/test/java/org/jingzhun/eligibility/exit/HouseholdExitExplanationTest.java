package org.jingzhun.eligibility.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Explanation;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** The household exit explanation cites every line read, each year's, and shows every criterion. */
class HouseholdExitExplanationTest {
  private static final LocalDate DATE = LocalDate.of(2019, 6, 1);

  /** Bazhou on the planning path (2019 3,747; 2018 3,535; 2017 3,335) with {@code extra} parameters. */
  private static PolicyBook book(String extra) {
    return PolicyBook.shipped().withOverrides(List.of(new PolicyFile("exit.yaml", """
        sources:
          t: {issuer: test, title: test, confidence: UNVERIFIED}
        parameters:
          poverty.line.series:
            values:
              "511902": [{from: 2016-01-01, value: planning-path, source: t}]
        """ + extra)));
  }

  @Test
  void threeStableYearsCiteThreeLinesAndListBothEarlierIncomes() {
    PolicyBook book = book("""
          exit.household.stable-years:
            values:
              "511902": [{from: 2017-01-01, value: 3, source: t}]
        """);
    // 7,500 / 2 = 3,750 > 3,747; 7,070.01 / 2 = 3,535.01 (3,535.005 half-up) > 3,535; 7,000 / 2 = 3,500 > 3,335.
    HouseholdExitCase c = HouseholdExitCase.builder().household(Fixtures.household("7500", 2).build())
        .addEarlierNetIncomes(Money.ofYuan("7070.01"), Money.ofYuan("7000")).build();
    Explained<ExitAssessment> e = HouseholdExitRules.explain(c, book, DATE);
    Explanation x = e.explanation();
    assertEquals(List.of("poverty.line.series", "poverty.line.planning-path", "exit.household.income-multiple",
            "exit.household.stable-years", "exit.household.requires-safe-water", "exit.standard",
            // the linked sources' treatment: counted (exit.income.excluded-sources is empty)
            "exit.income.excluded-sources", "poverty.line.series",
            "poverty.line.planning-path", "poverty.line.series", "poverty.line.planning-path",
            "guarantee.school-age.from", "guarantee.school-age.until"),
        x.parameters().stream().map(Explanation.ParameterLine::name).toList());
    assertEquals(List.of("3747.00", "✓ 3750.00 (> 3747.00)", "✓ 3535.01, 3500.00 (> 3535.00, > 3335.00)",
            // education, medical care, housing, water; and Sichuan's electricity, radio and television
            "✓ yes (yes)", "✓ yes (yes)", "✓ yes (yes)", "✓ yes (yes)", "✓ yes (yes)", "✓ yes (yes)"),
        x.amounts().stream().map(a -> String.valueOf(a.value())).toList());
    assertEquals("the year's poverty line", x.amounts().get(0).name().label(Language.EN));
    assertEquals(true, x.result());
  }

  @Test
  void aMultipleOfTheLineIsShownAndSafeWaterIsACriterionOnlyWhereRequired() {
    PolicyBook book = book("""
          exit.household.income-multiple:
            values:
              "511902": [{from: 2017-01-01, value: 1.5, source: t}]
          exit.household.requires-safe-water:
            values:
              "511902": [{from: 2017-01-01, value: false, source: t}]
          exit.standard:
            values:
              "511902": [{from: 2017-01-01, value: NATIONAL, source: t}]
        """);
    // 7,500 / 2 = 3,750, not above 3,747 × 1.5 = 5,620.50; the household has no safe water, which the
    // national checklist does not ask when the flag is off (Sichuan's standard would).
    ExitAssessment a = HouseholdExitRules.compute(HouseholdExitCase.of(Fixtures.household("7500", 2)
        .safeDrinkingWater(false).build()), book, DATE);
    assertEquals("> 3747.00 × 1.5", a.criteria().get(0).required());
    assertEquals(List.of(ExitCriterion.INCOME), a.failed());
    assertEquals(List.of(ExitCriterion.INCOME, ExitCriterion.COMPULSORY_EDUCATION, ExitCriterion.BASIC_MEDICAL,
        ExitCriterion.SAFE_HOUSING), a.criteria().stream().map(CriterionResult::criterion).toList());
  }
}

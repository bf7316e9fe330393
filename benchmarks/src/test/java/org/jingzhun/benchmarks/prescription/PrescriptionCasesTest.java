package org.jingzhun.benchmarks.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.prescription.EntitlementKind;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

class PrescriptionCasesTest {

  private static final PolicyBook BOOK = PolicyBook.shipped();

  @Test
  void theSameSeedGivesTheSameCases() {
    LocalDate date = PrescriptionBenchmarks.DATE;
    assertEquals(PrescriptionCases.generate(200, 3, PrescriptionBenchmarks.VILLAGE, date),
        PrescriptionCases.generate(200, 3, PrescriptionBenchmarks.VILLAGE, date));
  }

  @Test
  void everyBenchmarkedCaseIsPrescribedAndTheMixReachesEveryKindOfAid() {
    PrescriptionRules rules = PrescriptionRules.resolve(BOOK, PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE);
    ImmutableList<PrescriptionCase> cases = PrescriptionCases.generate(
        PrescriptionBenchmarks.CASES, 20_211_215L, PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE);
    java.util.EnumSet<EntitlementKind> seen = java.util.EnumSet.noneOf(EntitlementKind.class);
    int poor = 0;
    for (PrescriptionCase c : cases) {
      Prescription p = rules.prescribe(c, Trace.off());
      p.entitlements().forEach(e -> seen.add(e.kind()));
      poor += p.identification().poor() ? 1 : 0;
    }
    assertTrue(seen.contains(EntitlementKind.DIBAO_TOP_UP), seen.toString());
    assertTrue(seen.contains(EntitlementKind.EXTREME_POVERTY_SUPPORT), seen.toString());
    assertTrue(seen.contains(EntitlementKind.HOUSING_RENOVATION), seen.toString());
    assertTrue(seen.contains(EntitlementKind.EDUCATION_LIVING_ALLOWANCE), seen.toString());
    assertTrue(poor > 100 && poor < 1_000, "poor: " + poor);
  }

  @Test
  void onTheFirstOfDecember2015APoorHouseholdInAGradeCDwellingCannotBePrescribed() {
    // 2015-12-01: Bazhou's renovation grants start on 2016-01-01, so the prescription of a
    // poor household in a grade C dwelling fails; hence the benchmark's date, 2021-12-15.
    LocalDate early = LocalDate.of(2015, 12, 1);
    PrescriptionRules rules = PrescriptionRules.resolve(BOOK, PrescriptionBenchmarks.VILLAGE, early);
    PrescriptionCase poorInGradeC = PrescriptionCases.generate(200, 9, PrescriptionBenchmarks.VILLAGE, early).stream()
        .filter(c -> c.household().housing() == HousingSafetyGrade.C)
        .filter(c -> c.household().netIncome().fen() < 100_000)
        .findFirst().orElseThrow();
    ValidationException e = assertThrows(ValidationException.class, () -> rules.prescribe(poorInGradeC, Trace.off()));
    assertTrue(e.getMessage().contains("housing.renovation.grant.c"), e.getMessage());
  }
}

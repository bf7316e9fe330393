package org.jingzhun.benchmarks.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.dibao.DibaoProgramme;
import org.jingzhun.eligibility.education.EducationProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.housing.RenovationProgramme;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PrescriptionCasesTest {

  private static PrescriptionRules rules;

  @BeforeAll
  static void resolve() {
    rules = PrescriptionRules.resolve(PolicyBook.shipped(), PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE);
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    assertEquals(PrescriptionCases.prescribable(200, 3, PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE, rules),
        PrescriptionCases.prescribable(200, 3, PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE, rules));
  }

  @Test
  void theBenchmarkedCasesAreMostlyKeptAndReachDibaoAndEducationAid() {
    PrescriptionCases.Prescribable p =
        PrescriptionCases.prescribable(PrescriptionBenchmarks.CASES, 20_151_201L, PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE, rules);
    java.util.Set<EntitlementKind> seen = new java.util.HashSet<>();
    int poor = 0;
    for (PrescriptionCase c : p.cases()) {
      Prescription prescription = rules.prescribe(c, Trace.off());
      prescription.entitlements().forEach(e -> seen.add(e.kind()));
      poor += prescription.identification().poor() ? 1 : 0;
    }
    assertTrue(seen.contains(DibaoProgramme.TOP_UP), seen.toString());
    assertTrue(seen.contains(EducationProgramme.LIVING_ALLOWANCE), seen.toString());
    assertTrue(poor > 100, "poor: " + poor);
    // the shipped book answers every case since it estimates Bazhong's 2015 grants and the 2015 support multiple
    assertEquals(0, p.skipped(), "skipped " + p.skipped());
  }

  @Test
  void onTheBenchmarkDateAPoorHouseholdInAGradeCDwellingGetsTheEstimatedGrant() {
    // 2015-12-01: Bazhou's own grants start on 2016-01-01; before, Bazhong's estimate (20,000 for C) applies
    PrescriptionCase poorInGradeC = PrescriptionCases.generate(400, 9, PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE)
        .stream()
        .filter(c -> c.household().housing() == HousingSafetyGrade.C)
        .filter(c -> c.household().netIncome().fen() < 100_000)
        .findFirst().orElseThrow();
    Prescription p = rules.prescribe(poorInGradeC, Trace.off());
    assertTrue(p.entitlements().stream().anyMatch(e -> e.kind().equals(RenovationProgramme.GRANT)
        && e.yearly().equals(org.jingzhun.core.money.Money.ofYuan(20000))), p.toString());
  }
}

package org.jingzhun.benchmarks.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.prescription.EntitlementKind;
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
    EnumSet<EntitlementKind> seen = EnumSet.noneOf(EntitlementKind.class);
    int poor = 0;
    for (PrescriptionCase c : p.cases()) {
      Prescription prescription = rules.prescribe(c, Trace.off());
      prescription.entitlements().forEach(e -> seen.add(e.kind()));
      poor += prescription.identification().poor() ? 1 : 0;
    }
    assertTrue(seen.contains(EntitlementKind.DIBAO_TOP_UP), seen.toString());
    assertTrue(seen.contains(EntitlementKind.EDUCATION_LIVING_ALLOWANCE), seen.toString());
    assertTrue(poor > 100, "poor: " + poor);
    // poor in a C or D dwelling (≈ 15 % × the poor share) or extreme-poverty support (3 %)
    assertTrue(p.skipped() > 0 && p.skipped() < PrescriptionBenchmarks.CASES / 4, "skipped " + p.skipped());
  }

  @Test
  void onTheBenchmarkDateAPoorHouseholdInAGradeCDwellingIsRefusedForWantOfTheGrant() {
    // 2015-12-01: Bazhou's renovation grants start on 2016-01-01.
    PrescriptionCase poorInGradeC = PrescriptionCases.generate(400, 9, PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE)
        .stream()
        .filter(c -> c.household().housing() == HousingSafetyGrade.C)
        .filter(c -> c.household().netIncome().fen() < 100_000)
        .findFirst().orElseThrow();
    ValidationException e = assertThrows(ValidationException.class, () -> rules.prescribe(poorInGradeC, Trace.off()));
    assertTrue(e.getMessage().contains("housing.renovation.grant.c"), e.getMessage());
  }
}

package org.jingzhun.eligibility.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.batch.BatchRules;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.education.EducationRules;
import org.jingzhun.eligibility.exit.CountyExitRules;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.procedure.ProcedureRules;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Rules resolved on a day before the shipped book's values begin report every parameter they
 * need at once (not only the first one read), each at its name with the day asked.
 */
class EveryMissingParameterTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DAY = LocalDate.of(1990, 1, 1);

  private static void assertMissing(Executable resolve, String... names) {
    ValidationException e = assertThrows(ValidationException.class, resolve);
    assertEquals(List.of(names), e.violations().stream().map(Violation::path).toList());
    assertTrue(e.violations().stream().allMatch(v -> v.value().equals("1990-01-01")), e.getMessage());
    assertTrue(e.isNoPolicy(), e.getMessage());
  }

  @Test
  void dibao() {
    assertMissing(() -> DibaoRules.resolve(BOOK, Fixtures.VILLAGE, DAY), "dibao.standard.rural",
        "dibao.payment.rounding", "dibao.addon.severe-disability", "dibao.addon.serious-illness", "dibao.payment.method");
  }

  @Test
  void householdVillageAndCountyExit() {
    assertMissing(() -> HouseholdExitRules.resolve(BOOK, Fixtures.VILLAGE, DAY), "poverty.line.series",
        "exit.household.income-multiple", "exit.household.requires-safe-water", "exit.standard", "exit.household.stable-years");
    assertMissing(() -> VillageExitRules.resolve(BOOK, Fixtures.VILLAGE, DAY), "exit.village.incidence-max",
        "exit.village.requires-road", "exit.village.requires-electricity", "exit.village.requires-water",
        "exit.village.requires-clinic", "exit.village.requires-broadband", "exit.village.collective-income-min",
        "exit.standard");
    assertMissing(() -> CountyExitRules.resolve(BOOK, Fixtures.BAZHOU, DAY), "exit.county.incidence-max",
        "exit.county.missed-identification-max", "exit.county.wrong-exit-max", "exit.county.approval-min",
        "exit.standard");
  }

  @Test
  void identificationAndScreening() {
    String[] names = {"identification.deficit-income-multiple", "identification.deficit-weights",
        "identification.deficit-threshold", "identification.line-year-lag"};
    assertMissing(() -> IdentificationRules.resolve(BOOK, Fixtures.VILLAGE, DAY), names);
    assertMissing(() -> IncomeScreening.resolve(BOOK, Fixtures.VILLAGE, DAY), names);
  }

  @Test
  void medicalEducationProcedureAndBatches() {
    assertMissing(() -> MedicalCascade.resolve(BOOK, Fixtures.VILLAGE, DAY), "medical.cascade", "medical.rounding");
    assertMissing(() -> EducationRules.resolve(BOOK, Fixtures.VILLAGE, DAY),
        "education.living-allowance.primary.boarding", "education.living-allowance.primary.day",
        "education.living-allowance.junior-middle.boarding", "education.living-allowance.junior-middle.day",
        "education.nutrition.compulsory", "education.national-grant.senior-high",
        "education.national-grant.secondary-vocational", "education.national-grant.higher",
        "education.student-loan.max", "education.terms-per-year", "education.preschool.subsidy",
        "education.rain-and-dew.vocational", "education.scholarship.higher");
    assertMissing(() -> ProcedureRules.resolve(BOOK, Fixtures.VILLAGE, DAY), "procedure.entry.steps",
        "procedure.exit.steps", "procedure.public-notice.min-days");
    assertMissing(() -> BatchRules.resolve(BOOK, Fixtures.VILLAGE, DAY), "batches.mapping");
  }
}

package org.jingzhun.examples.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.batch.BatchRules;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.education.EducationRules;
import org.jingzhun.eligibility.exit.CountyExitRules;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.eligibility.housing.HousingRules;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.medical.MedicalCascade;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.eligibility.procedure.ProcedureRules;
import org.junit.jupiter.api.Test;

/** The what-if overlay that the demonstration once needed: it still loads on the shipped book, every value UNVERIFIED. */
class DemoPolicyTest {
  static final String FILE = "what-if-demo-2014-2020.yaml";
  private static final PolicyBook BOOK = PolicyBook.shipped().withOverrides(List.of(org.jingzhun.core.policy.PolicyFile.of(
      org.jingzhun.examples.cli.CliRun.repositoryRoot().resolve("examples/policy/" + FILE))));
  private static final RegionCode BAZHOU = RegionCode.of("511902");
  private static final List<RegionCode> VILLAGES = List.of(RegionCode.of("511902101201"), RegionCode.of("511902124215"));

  private static void resolvesEveryYearEnd(String rule, BiConsumer<RegionCode, LocalDate> resolve, List<String> failures) {
    for (RegionCode village : VILLAGES) {
      for (int year = 2014; year <= 2020; year++) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        try {
          resolve.accept(village, yearEnd);
        } catch (ValidationException e) {
          failures.add(rule + " " + village + " " + yearEnd + ": " + e.getMessage());
        }
      }
    }
  }

  @Test
  void everyEligibilityRuleResolvesForBazhouVillagesOnEveryYearEndOf2014To2020() {
    List<String> failures = new ArrayList<>();
    resolvesEveryYearEnd("identification", (v, d) -> IdentificationRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("procedure", (v, d) -> ProcedureRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("household exit", (v, d) -> HouseholdExitRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("village exit", (v, d) -> VillageExitRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("county exit", (v, d) -> CountyExitRules.resolve(BOOK, BAZHOU, d), failures);
    resolvesEveryYearEnd("batches", (v, d) -> BatchRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("dibao", (v, d) -> DibaoRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("medical", (v, d) -> MedicalCascade.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("education", (v, d) -> EducationRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("housing", (v, d) -> HousingRules.resolve(BOOK, v, d), failures);
    resolvesEveryYearEnd("prescription", (v, d) -> PrescriptionRules.resolve(BOOK, v, d), failures);
    assertEquals(List.of(), failures);
  }

  @Test
  void theShippedBookAloneResolvesEveryYearAndTheOverlayIsAWhatIf() {
    // the shipped book estimates Sichuan's 2017 standard at the line (3,041 a year); the what-if overlay says 270 a month
    assertEquals("3041.00 a year", PolicyBook.shipped().get(DibaoRules.STANDARD, BAZHOU, LocalDate.of(2017, 12, 31)).periodic().toString());
    assertEquals("270.00 a month", BOOK.get(DibaoRules.STANDARD, BAZHOU, LocalDate.of(2017, 12, 31)).periodic().toString());
  }

  @Test
  void everyValueTheOverlayAddsIsMarkedUnverified() {
    int[] seen = {0};
    for (int year = 2014; year <= 2020; year++) {
      LocalDate yearEnd = LocalDate.of(year, 12, 31);
      BOOK.inForce(BAZHOU, yearEnd).stream()
          .filter(r -> r.entry().origin().contains(FILE))
          .forEach(r -> {
            seen[0]++;
            assertEquals(Confidence.UNVERIFIED, r.entry().source().confidence(), r.parameterName());
          });
    }
    assertTrue(seen[0] > 0, "no value of the overlay was found in force");
  }
}

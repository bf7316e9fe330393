package org.jingzhun.eligibility.exit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks of the exit cases and results, and when an assessment passes. */
class ExitValueChecksTest {

  private static List<String> refused(Executable make) {
    return assertThrows(ValidationException.class, make).violations().stream().map(Violation::path).toList();
  }

  @Test
  void resultsAndCasesNameWhatTheyMiss() {
    assertEquals(List.of("criteria"), refused(() -> ExitAssessment.builder().build()));
    assertEquals(List.of("criterion", "actual", "required"), refused(() -> CriterionResult.builder().build()));
    assertEquals(List.of("household"), refused(() -> HouseholdExitCase.builder().build()));
  }

  @Test
  void anAssessmentPassesOnlyWhenEveryCriterionDoes() {
    CriterionResult pass = CriterionResult.of(ExitCriterion.INCOME, true, "yes", "yes");
    CriterionResult fail = CriterionResult.of(ExitCriterion.SAFE_WATER, false, "no", "yes");
    assertTrue(ExitAssessment.builder().addCriteria(pass).build().passed());
    assertFalse(ExitAssessment.builder().addCriteria(pass, fail).build().passed());
  }

  @Test
  void aVillageWhoseEveryPersonIsPoorIsACase() {
    Village v = Village.builder().code(Fixtures.VILLAGE).name("v").registeredPopulation(10).build();
    assertEquals(10, VillageExitCase.builder().village(v).registeredPoorPersons(10).build().registeredPoorPersons());
    assertEquals(List.of("registeredPoorPersons"),
        refused(() -> VillageExitCase.builder().village(v).registeredPoorPersons(-1).build()));
  }
}

package org.jingzhun.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.jingzhun.core.explain.Labelled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every household enumeration carries a Chinese and an English label for reports. */
class LabelsTest {

  static Stream<Labelled> labelled() {
    return Stream.of(HealthCondition.values(), HousingSafetyGrade.values(), LabourCapacity.values(),
            PovertyCategory.values(), PovertyCause.values(), ProcedureStepKind.values(), RegistrationStatus.values(),
            Relationship.values(), RigidSpendingKind.values(), SchoolStage.values(), LinkedIncomeSource.values(),
            TrainingProgramme.values())
        .flatMap(values -> Stream.of((Labelled[]) values));
  }

  @ParameterizedTest
  @MethodSource("labelled")
  void everyValueHasAChineseAndAnEnglishLabel(Labelled value) {
    assertFalse(value.chinese().isBlank(), value + " has no Chinese label");
    assertFalse(value.english().isBlank(), value + " has no English label");
  }

  @org.junit.jupiter.api.Test
  void theFirstStepOfTheProcedureIsTheHouseholdsApplication() {
    assertEquals(List.of("农户申请", "application by the household"),
        List.of(ProcedureStepKind.APPLICATION.chinese(), ProcedureStepKind.APPLICATION.english()));
  }
}

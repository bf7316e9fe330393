package org.jingzhun.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.jingzhun.core.explain.Labelled;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.batch.HouseholdAttribute;
import org.jingzhun.eligibility.dibao.AddOnKind;
import org.jingzhun.eligibility.education.EducationAid;
import org.jingzhun.eligibility.identification.GuaranteeDeficit;
import org.jingzhun.eligibility.identification.MonitoringCategory;
import org.jingzhun.eligibility.medical.Payer;
import org.jingzhun.eligibility.procedure.ProcedureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enumeration of the eligibility rules carries a Chinese and an English label. */
class LabelsTest {

  static Stream<Labelled> labelled() {
    return Stream.of(FiveBatch.values(), HouseholdAttribute.values(), AddOnKind.values(), EducationAid.values(),
            GuaranteeDeficit.values(), MonitoringCategory.values(), Payer.values(), ProcedureKind.values())
        .flatMap(values -> Stream.of((Labelled[]) values));
  }

  @ParameterizedTest
  @MethodSource("labelled")
  void everyValueHasAChineseAndAnEnglishLabel(Labelled value) {
    assertFalse(value.chinese().isBlank(), value + " has no Chinese label");
    assertFalse(value.english().isBlank(), value + " has no English label");
  }

  @Test
  void aDeficitsBitIsTwoToItsOrdinal() {
    // UNSAFE_HOUSING 1, UNSAFE_WATER 2, CHILD_OUT_OF_SCHOOL 4, UNINSURED 8: mask of water and uninsured = 10.
    assertEquals(List.of(1, 2, 4, 8), Stream.of(GuaranteeDeficit.values()).map(GuaranteeDeficit::bit).toList());
    assertEquals(10, GuaranteeDeficit.mask(List.of(GuaranteeDeficit.UNSAFE_WATER, GuaranteeDeficit.UNINSURED)));
  }
}

package org.jingzhun.eligibility.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.household.ProcedureStepKind;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A procedure check is valid without findings; findings and checks name what they miss. */
class ProcedureValueChecksTest {

  @Test
  void aCheckIsValidOnlyWithoutFindings() {
    ProcedureFinding missing = ProcedureFinding.builder().step(ProcedureStepKind.APPLICATION)
        .problem(ProcedureProblem.MISSING).build();
    assertTrue(ProcedureCheck.builder().procedure(ProcedureKind.ENTRY).build().valid());
    assertFalse(ProcedureCheck.builder().procedure(ProcedureKind.ENTRY).addFindings(missing).build().valid());
  }

  @Test
  void checksAndFindingsNameWhatTheyMiss() {
    assertEquals(List.of("procedure"), assertThrows(ValidationException.class, () -> ProcedureCheck.builder().build())
        .violations().stream().map(Violation::path).toList());
    assertEquals(List.of("step", "problem"), assertThrows(ValidationException.class,
        () -> ProcedureFinding.builder().build()).violations().stream().map(Violation::path).toList());
  }

  @Test
  void aProblemIsNamedInBothLanguages() {
    assertEquals("public notice too short", ProcedureProblem.TOO_SHORT.term().label(Language.EN));
    assertEquals("公示天数不足", ProcedureProblem.TOO_SHORT.term().label(Language.ZH));
  }
}

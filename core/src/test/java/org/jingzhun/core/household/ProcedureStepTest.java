package org.jingzhun.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** {@link ProcedureStep}: its length in days, whether it passed, and its last day's check. */
class ProcedureStepTest {
  private static final LocalDate MAY_1 = LocalDate.of(2016, 5, 1);

  @Test
  void aStepWithoutALastDayLastsOneDayAndPassesUnlessStated() {
    ProcedureStep s = ProcedureStep.of(ProcedureStepKind.APPLICATION, MAY_1);
    assertEquals(1, s.days());
    assertTrue(s.passed());
    assertFalse(ProcedureStep.builder().kind(ProcedureStepKind.APPLICATION).date(MAY_1).passed(false).build().passed());
  }

  @Test
  void aStepCountsItsFirstAndLastDay() {
    // 1 May to 7 May: 6 days between, plus the first day = 7 days (a public notice of seven days).
    ProcedureStep s = ProcedureStep.builder().kind(ProcedureStepKind.APPLICATION).date(MAY_1)
        .lastDay(LocalDate.of(2016, 5, 7)).build();
    assertEquals(7, s.days());
  }

  @Test
  void aLastDayOnTheFirstDayIsAllowedAndBeforeItIsNot() {
    assertEquals(1, ProcedureStep.builder().kind(ProcedureStepKind.APPLICATION).date(MAY_1).lastDay(MAY_1).build().days());
    ValidationException e = assertThrows(ValidationException.class, () -> ProcedureStep.builder()
        .kind(ProcedureStepKind.APPLICATION).date(MAY_1).lastDay(MAY_1.minusDays(1)).build());
    assertEquals(List.of(new Violation("lastDay", "2016-04-30", "may not be before the step's date 2016-05-01")),
        e.violations());
  }
}

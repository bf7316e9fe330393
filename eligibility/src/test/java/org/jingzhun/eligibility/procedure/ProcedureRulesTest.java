package org.jingzhun.eligibility.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.ProcedureStep;
import org.jingzhun.core.household.ProcedureStepKind;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class ProcedureRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2017, 6, 1);

  private static ProcedureStep notice(LocalDate first, LocalDate last) {
    return ProcedureStep.builder().kind(ProcedureStepKind.PUBLIC_NOTICE).date(first).lastDay(last).build();
  }

  private static RegistrationRecord entry(ProcedureStep... steps) {
    return RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(RegistrationStatus.POOR).year(2014)
        .addEntrySteps(steps).build();
  }

  private static ProcedureCheck check(RegistrationRecord r, ProcedureKind kind) {
    return ProcedureRules.compute(r, kind, BOOK, Fixtures.VILLAGE, DATE);
  }

  private static final ProcedureStep APPLIED = ProcedureStep.of(ProcedureStepKind.APPLICATION, LocalDate.of(2014, 5, 1));
  private static final ProcedureStep REVIEWED = ProcedureStep.of(ProcedureStepKind.DEMOCRATIC_REVIEW, LocalDate.of(2014, 5, 10));
  private static final ProcedureStep APPROVED = ProcedureStep.of(ProcedureStepKind.APPROVAL, LocalDate.of(2014, 5, 20));

  @Test
  void aCompleteEntryWithASevenDayNoticeIsValid() {
    // notice 05-11 to 05-17: 7 days counting both ends, the minimum; approval after it ends
    RegistrationRecord r = entry(APPLIED, REVIEWED, notice(LocalDate.of(2014, 5, 11), LocalDate.of(2014, 5, 17)), APPROVED);
    assertTrue(check(r, ProcedureKind.ENTRY).valid());
  }

  @Test
  void aSixDayNoticeIsTooShort() {
    RegistrationRecord r = entry(APPLIED, REVIEWED, notice(LocalDate.of(2014, 5, 11), LocalDate.of(2014, 5, 16)), APPROVED);
    ProcedureFinding f = check(r, ProcedureKind.ENTRY).findings().get(0);
    assertEquals(ProcedureProblem.TOO_SHORT, f.problem());
    assertEquals(Optional.of(6L), f.days());
    assertEquals(Optional.of(7), f.requiredDays());
  }

  @Test
  void approvalOnTheLastDayOfTheNoticeIsOutOfOrder() {
    RegistrationRecord r = entry(APPLIED, REVIEWED, notice(LocalDate.of(2014, 5, 11), LocalDate.of(2014, 5, 20)), APPROVED);
    assertEquals(List.of(ProcedureFinding.of(ProcedureStepKind.APPROVAL, ProcedureProblem.OUT_OF_ORDER)),
        check(r, ProcedureKind.ENTRY).findings());
  }

  @Test
  void aMissingReviewIsNamed() {
    RegistrationRecord r = entry(APPLIED, notice(LocalDate.of(2014, 5, 11), LocalDate.of(2014, 5, 17)), APPROVED);
    assertEquals(List.of(ProcedureFinding.of(ProcedureStepKind.DEMOCRATIC_REVIEW, ProcedureProblem.MISSING)),
        check(r, ProcedureKind.ENTRY).findings());
  }

  @Test
  void aStepThatDidNotPassIsNamed() {
    ProcedureStep failed = ProcedureStep.builder().from(REVIEWED).passed(false).build();
    RegistrationRecord r = entry(APPLIED, failed, notice(LocalDate.of(2014, 5, 11), LocalDate.of(2014, 5, 17)), APPROVED);
    assertEquals(ProcedureProblem.NOT_PASSED, check(r, ProcedureKind.ENTRY).findings().get(0).problem());
  }

  @Test
  void entryAndExitAreCheckedSeparately() {
    RegistrationRecord r = entry(APPLIED, REVIEWED, notice(LocalDate.of(2014, 5, 11), LocalDate.of(2014, 5, 17)), APPROVED);
    assertTrue(check(r, ProcedureKind.ENTRY).valid());
    // no exit step recorded: all six exit steps missing
    assertEquals(6, check(r, ProcedureKind.EXIT).findings().size());
  }

  @Test
  void theResultRoundTripsThroughJson() {
    ProcedureCheck c = check(entry(APPLIED), ProcedureKind.ENTRY);
    assertEquals(c, JingzhunJson.read(JingzhunJson.write(c), ProcedureCheck.class));
  }
}

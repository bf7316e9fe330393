package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.LatePayment;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.Prepayment;
import org.junit.jupiter.api.Test;

class ActualScheduleTest {

  @Test
  void fullPrepaymentEndsTheLoanWithInterestToThatDay() {
    LoanHistory h = LoanHistory.builder().addPrepayments(Prepayment.full(LocalDate.of(2020, 5, 20))).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.microloan(), h);
    // four full quarters, then 2020-03-20 → 05-20 = 11 + 30 + 20 = 61 days:
    // 237,500 × 61 / 360 = 40,243.06 → 40,243 fen, and all 50,000 prepaid
    assertEquals(5, s.periods().size());
    SchedulePeriod last = s.periods().get(4);
    assertEquals(61, last.days());
    assertEquals(Money.ofYuan("402.43"), last.interest());
    assertEquals(Money.ofYuan(50_000), last.prepaid());
    assertEquals(PeriodStatus.PREPAID, last.status());
    assertEquals(Money.ZERO, last.closingPrincipal());
  }

  @Test
  void partialPrepaymentBearsInterestOnEachPartOfThePeriodAndShortensTheLoan() {
    LoanHistory h = LoanHistory.builder()
        .addPrepayments(Prepayment.partial(LocalDate.of(2020, 3, 1), Money.ofYuan(2500))).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.equalPrincipal(), h);
    // period 2 (Feb 15 → Mar 15, 30/360): 11,000 for Feb 15 → Mar 1 (16 days under 30/360),
    // then 8,500 for Mar 1 → Mar 15 (14 days): 1,100,000 × 16 + 850,000 × 14 = 29,500,000
    // fen-days × 4.35 % / 360 = 3,564.58 → 3,565 fen
    SchedulePeriod p2 = s.periods().get(1);
    assertEquals(Money.ofYuan("35.65"), p2.interest());
    assertEquals(Money.ofYuan(2500), p2.prepaid());
    assertEquals(Money.ofYuan(7500), p2.closingPrincipal());
    // the 2,500 comes off the last instalments: months 12 and 11 (1,000 each) and 500 of
    // month 10, so the loan ends after month 10
    assertEquals(10, s.periods().size());
    assertEquals(Money.ofYuan(500), s.periods().get(9).principal());
    assertEquals(Money.ofYuan(12_000), s.totalPrincipalRepaid());
  }

  @Test
  void lateInstalmentKeepsBearingInterestUntilRepaid() {
    LoanHistory h = LoanHistory.builder().addLatePayments(LatePayment.paidOn(3, LocalDate.of(2020, 4, 25))).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.equalPrincipal(), h);
    SchedulePeriod p3 = s.periods().get(2);
    assertEquals(PeriodStatus.LATE, p3.status());
    assertEquals(Money.ZERO, p3.principal());
    assertEquals(10, p3.overdueDaysOn(LocalDate.of(2021, 1, 1))); // Apr 15 → Apr 25
    // period 4 (Apr 15 → May 15): 10,000 for 10 days, then 9,000 for 20 days:
    // 1,000,000 × 10 + 900,000 × 20 = 28,000,000 fen-days × 4.35 % / 360 = 3,383.33 → 3,383 fen
    SchedulePeriod p4 = s.periods().get(3);
    assertEquals(Money.ofYuan("33.83"), p4.interest());
    assertEquals(Money.ofYuan(2000), p4.principal());
    assertEquals(Money.ofYuan(8000), p4.closingPrincipal());
  }

  @Test
  void writeOffStopsInterestAndRecordsThePrincipalWrittenOff() {
    LoanHistory h = LoanHistory.builder().writeOff(LocalDate.of(2021, 1, 10)).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.microloan(), h);
    // period 8 runs 2020-12-20 → 2021-01-10 = 21 days: 237,500 × 21 / 360 = 13,854.17 → 13,854
    assertEquals(8, s.periods().size());
    SchedulePeriod last = s.periods().get(7);
    assertEquals(Money.ofYuan("138.54"), last.interest());
    assertEquals(PeriodStatus.WRITTEN_OFF, last.status());
    assertEquals(Money.ofYuan(50_000), s.writtenOff());
  }

  @Test
  void unpaidPrincipalAtMaturityIsOverdue() {
    LoanHistory h = LoanHistory.builder().addLatePayments(LatePayment.unpaid(12)).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.microloan(), h);
    SchedulePeriod last = s.periods().get(11);
    assertEquals(PeriodStatus.OVERDUE, last.status());
    assertEquals(Money.ofYuan(50_000), last.closingPrincipal());
    assertEquals(30, last.overdueDaysOn(LocalDate.of(2022, 4, 19))); // Mar 20 → Apr 19
  }

  @Test
  void historyThatDoesNotFitTheLoanIsRejectedWithPaths() {
    LoanHistory h = LoanHistory.builder()
        .addPrepayments(Prepayment.partial(LocalDate.of(2023, 1, 1), Money.ofYuan(10)))
        .addLatePayments(LatePayment.paidOn(13, LocalDate.of(2022, 5, 1)), LatePayment.paidOn(2, LocalDate.of(2019, 9, 1)))
        .build();
    ValidationException e = assertThrows(ValidationException.class, () -> RepaymentSchedule.actual(Loans.microloan(), h));
    assertEquals(java.util.List.of("latePayments[0].period", "latePayments[1].paidOn", "prepayments[0].date"),
        e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void prepaymentLargerThanThePrincipalNotYetDueIsRejected() {
    LoanHistory h = LoanHistory.builder()
        .addPrepayments(Prepayment.partial(LocalDate.of(2020, 12, 1), Money.ofYuan(2500))).build();
    // on 2020-12-01 only the instalments of 2020-12-15 and 2021-01-15 (2,000) are not yet due
    ValidationException e = assertThrows(ValidationException.class, () -> RepaymentSchedule.actual(Loans.equalPrincipal(), h));
    assertEquals("prepayments[0].principal", e.violations().get(0).path());
  }

  @Test
  void instalmentRepaidAfterMaturityBearsInterestUntilRepaid() {
    LoanHistory h = LoanHistory.builder().addLatePayments(LatePayment.paidOn(12, LocalDate.of(2022, 9, 20))).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.microloan(), h);
    // the 50,000 due at maturity 2022-03-20 stays outstanding until 2022-09-20: two more
    // quarters on the loan's settlement days, 2022-03-20 → 06-20 (11 + 30 + 31 + 20 = 92 days)
    // and 06-20 → 09-20 (10 + 31 + 31 + 20 = 92 days), each 5,000,000 × 4.75 % × 92 / 360
    // = 60,694.44 → 60,694 fen
    assertEquals(14, s.periods().size());
    assertEquals(PeriodStatus.LATE, s.periods().get(11).status());
    SchedulePeriod p13 = s.periods().get(12);
    assertEquals(LocalDate.of(2022, 6, 20), p13.end());
    assertEquals(Money.ofYuan("606.94"), p13.interest());
    assertEquals(PeriodStatus.OVERDUE, p13.status());
    SchedulePeriod p14 = s.periods().get(13);
    assertEquals(LocalDate.of(2022, 9, 20), p14.end());
    assertEquals(Money.ofYuan("606.94"), p14.interest());
    assertEquals(Money.ofYuan(50_000), p14.principal());
    assertEquals(Money.ZERO, p14.closingPrincipal());
    assertEquals(PeriodStatus.OVERDUE, p14.status());
  }

  @Test
  void writeOffAfterTheShortenedEndBearsInterestUntilWrittenOff() {
    // 2,500 prepaid on 2020-03-01 shortens the loan to end with instalment 10 (500, due
    // 2020-11-15); that instalment is never paid and is written off on 2020-12-10
    LoanHistory h = LoanHistory.builder()
        .addPrepayments(Prepayment.partial(LocalDate.of(2020, 3, 1), Money.ofYuan(2500)))
        .addLatePayments(LatePayment.unpaid(10)).writeOff(LocalDate.of(2020, 12, 10)).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.equalPrincipal(), h);
    // period 11 runs 2020-11-15 → 12-10: 25 days under 30/360, on the 500 still owed:
    // 50,000 fen × 25 × 4.35 % / 360 = 151.04 → 151 fen
    assertEquals(11, s.periods().size());
    SchedulePeriod last = s.periods().get(10);
    assertEquals(LocalDate.of(2020, 12, 10), last.end());
    assertEquals(25, last.days());
    assertEquals(Money.ofYuan("1.51"), last.interest());
    assertEquals(PeriodStatus.WRITTEN_OFF, last.status());
    assertEquals(PeriodStatus.OVERDUE, s.periods().get(9).status());
    assertEquals(Money.ofYuan(500), s.writtenOff());
  }

  @Test
  void writeOffAfterMaturityBearsInterestUntilWrittenOff() {
    LoanHistory h = LoanHistory.builder().addLatePayments(LatePayment.unpaid(12)).writeOff(LocalDate.of(2022, 5, 1)).build();
    RepaymentSchedule s = RepaymentSchedule.actual(Loans.microloan(), h);
    // 2022-03-20 → 05-01 = 12 (Mar 20–31) + 30 (April) = 42 days: 5,000,000 × 4.75 % × 42 / 360 = 27,708.33
    // → 27,708 fen, in a 13th period that is the write-off's
    assertEquals(13, s.periods().size());
    SchedulePeriod last = s.periods().get(12);
    assertEquals(42, last.days());
    assertEquals(Money.ofYuan("277.08"), last.interest());
    assertEquals(PeriodStatus.WRITTEN_OFF, last.status());
    assertEquals(PeriodStatus.OVERDUE, s.periods().get(11).status());
    assertEquals(Money.ofYuan(50_000), s.writtenOff());
  }
}

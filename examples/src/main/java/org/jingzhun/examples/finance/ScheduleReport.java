package org.jingzhun.examples.finance;

import java.util.List;

import org.jingzhun.core.money.Money;
import org.jingzhun.finance.schedule.RepaymentSchedule;
import org.jingzhun.finance.schedule.SchedulePeriod;

/**
 * 还款计划表 — a repayment schedule as the command line writes it: the periods and the principal
 * written off, with the totals of interest, principal repaid (by instalment and prepayment) and
 * payments.
 */
public record ScheduleReport(
    String loanId,
    List<SchedulePeriod> periods,
    Money writtenOff,
    Money totalInterest,
    Money totalPrincipalRepaid,
    Money totalPayment) {

  public static ScheduleReport of(RepaymentSchedule s) {
    return new ScheduleReport(s.loanId(), s.periods(), s.writtenOff(), s.totalInterest(), s.totalPrincipalRepaid(),
        s.totalPayment());
  }
}

package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.PlannedRepayment;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;
import org.junit.jupiter.api.Test;

/** Settlement on the 31st falls on each month's last day; an explicit schedule's dates are periods too. */
class SettlementDayEndOfMonthTest {

  private static LoanTerms.Builder onThe31st() {
    return LoanTerms.builder().id("M31").bank("B").borrower("H").region(Loans.BAZHOU).principal(Money.ofYuan(3_600))
        .rate(AnnualRate.ofPercent("3.6")).disbursementDate(LocalDate.of(2020, 1, 31)).maturityDate(LocalDate.of(2020, 5, 31))
        .method(RepaymentMethod.INTEREST_THEN_PRINCIPAL).frequency(Frequency.MONTHLY).settlement(SettlementRule.FIXED_DAY)
        .settlementDay(31).dayCount(DayCount.ACT_360);
  }

  @Test
  void aSettlementDayOfThe31stIsTheLastDayOfShorterMonths() {
    RepaymentSchedule s = RepaymentSchedule.of(onThe31st().build());
    // 2020: Feb 29 (leap year), Mar 31, Apr 30, May 31
    assertEquals(List.of(LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 30),
        LocalDate.of(2020, 5, 31)), s.periods().stream().map(SchedulePeriod::end).toList());
    // 29, 31, 30, 31 days
    assertEquals(List.of(29L, 31L, 30L, 31L), s.periods().stream().map(SchedulePeriod::days).toList());
  }

  @Test
  void anExplicitRepaymentBetweenSettlementDaysEndsAPeriod() {
    // interest on the 31st of each month; 1,600 repaid on 2020-03-15, 2,000 at maturity
    LoanTerms t = onThe31st().method(RepaymentMethod.EXPLICIT).explicitRepayments(List.of(
        PlannedRepayment.of(LocalDate.of(2020, 3, 15), Money.ofYuan(1_600)),
        PlannedRepayment.of(LocalDate.of(2020, 5, 31), Money.ofYuan(2_000)))).build();
    RepaymentSchedule s = RepaymentSchedule.of(t);
    assertEquals(List.of(LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 15), LocalDate.of(2020, 3, 31),
        LocalDate.of(2020, 4, 30), LocalDate.of(2020, 5, 31)), s.periods().stream().map(SchedulePeriod::end).toList());
    assertEquals(Money.ofYuan(1_600), s.periods().get(1).principal());
    assertEquals(Money.ofYuan(2_000), s.periods().get(1).closingPrincipal());
  }
}

package org.jingzhun.finance.schedule;

import static org.jingzhun.finance.json.RoundTrip.assertRoundTrips;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.FloatingRate;
import org.jingzhun.finance.loan.LatePayment;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.LprTenor;
import org.jingzhun.finance.loan.Prepayment;
import org.junit.jupiter.api.Test;

class ScheduleJsonTest {
  static LoanHistory history() {
    return LoanHistory.builder().addPrepayments(Prepayment.partial(LocalDate.of(2020, 3, 1), Money.ofYuan(500)))
        .addLatePayments(LatePayment.paidOn(3, LocalDate.of(2020, 4, 25)), LatePayment.unpaid(12))
        .addBreaches(Breach.of(BreachKind.MISUSE, LocalDate.of(2020, 9, 1))).writeOff(LocalDate.of(2021, 6, 1)).build();
  }

  @Test
  void loanTermsRoundTrip() {
    assertRoundTrips(Loans.microloan(), LoanTerms.class);
    assertRoundTrips(Loans.microloanBuilder().floating(FloatingRate.builder().tenor(LprTenor.FIVE_YEAR).spreadBasisPoints(-10).build())
        .build(), LoanTerms.class);
  }

  @Test
  void historyAndAccountRoundTrip() {
    assertRoundTrips(history(), LoanHistory.class);
    assertRoundTrips(LoanAccount.of(Loans.equalPrincipal(), history()), LoanAccount.class);
  }

  @Test
  void schedulesRoundTrip() {
    assertRoundTrips(RepaymentSchedule.of(Loans.microloan()), RepaymentSchedule.class);
    assertRoundTrips(RepaymentSchedule.actual(Loans.equalPrincipal(), history()), RepaymentSchedule.class);
  }
}

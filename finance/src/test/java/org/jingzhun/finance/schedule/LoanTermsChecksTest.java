package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.PlannedRepayment;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks of {@link LoanTerms} at their edges: settlement days, dates, and explicit schedules. */
class LoanTermsChecksTest {
  private static final LocalDate PAID_OUT = LocalDate.of(2019, 3, 20);
  private static final LocalDate MATURITY = LocalDate.of(2022, 3, 20);

  private static List<Violation> refused(Executable make) {
    return assertThrows(ValidationException.class, make).violations();
  }

  private static LoanTerms.Builder explicit(PlannedRepayment... repayments) {
    return Loans.microloanBuilder().method(RepaymentMethod.EXPLICIT).explicitRepayments(List.of(repayments));
  }

  @Test
  void aThreeYearLoanIsThirtySixMonths() {
    assertEquals(36, Loans.microloan().termMonths());
  }

  @Test
  void settlementDaysFromOneToThirtyOneAreDaysOfTheMonth() {
    assertEquals(1, Loans.microloanBuilder().settlementDay(1).build().anchorDay());
    assertEquals(31, Loans.microloanBuilder().settlementDay(31).build().anchorDay());
    for (int day : new int[] {0, 32}) {
      assertEquals(List.of(new Violation("settlementDay", String.valueOf(day), "must be a day of the month, 1 to 31")),
          refused(() -> Loans.microloanBuilder().settlementDay(day).build()));
    }
  }

  @Test
  void aSettlementDayIsOnlyForTheFixedDayRule() {
    assertEquals(List.of(new Violation("settlementDay", "20", "applies only to a fixed settlement day")),
        refused(() -> Loans.microloanBuilder().settlement(SettlementRule.ANNIVERSARY).build()));
  }

  @Test
  void aMissingDisbursementDateIsReportedWithoutCheckingTheOtherDates() {
    assertEquals(List.of(new Violation("disbursementDate", "", "is required")),
        refused(() -> LoanTerms.builder().from(Loans.microloan()).disbursementDate(null).build()));
  }

  @Test
  void aContractMayBeSignedOnTheDayOfDisbursementButNotAfter() {
    assertEquals(PAID_OUT, Loans.microloanBuilder().contractDate(PAID_OUT).build().contractDate());
    assertEquals(List.of(new Violation("contractDate", "2019-03-21", "may not be after the disbursement date 2019-03-20")),
        refused(() -> Loans.microloanBuilder().contractDate(PAID_OUT.plusDays(1)).build()));
  }

  @Test
  void repaymentsAreOnlyForTheExplicitMethod() {
    assertEquals(List.of(new Violation("explicitRepayments", "1 repayments", "are only for the explicit repayment method")),
        refused(() -> Loans.microloanBuilder().addExplicitRepayments(PlannedRepayment.of(MATURITY, Money.ofYuan(50_000))).build()));
  }

  @Test
  void anExplicitScheduleEndingOnMaturityAndAddingUpIsAccepted() {
    // 20,000 a year after disbursement, 30,000 at maturity: 50,000.
    LoanTerms t = explicit(PlannedRepayment.of(PAID_OUT.plusYears(1), Money.ofYuan(20_000)),
        PlannedRepayment.of(MATURITY, Money.ofYuan(30_000))).build();
    assertEquals(2, t.explicitRepayments().size());
  }

  @Test
  void anExplicitScheduleNeedsARepayment() {
    assertEquals(List.of(new Violation("explicitRepayments", "[]", "an explicit schedule needs at least one repayment")),
        refused(() -> explicit().build()));
  }

  @Test
  void explicitRepaymentsMustBeInOrderWithinTheLoanAndAddUp() {
    // on the disbursement day (not after it), then the same day again; 10,000 + 10,000 ≠ 50,000; not at maturity.
    List<Violation> v = refused(() -> explicit(PlannedRepayment.of(PAID_OUT, Money.ofYuan(10_000)),
        PlannedRepayment.of(PAID_OUT, Money.ofYuan(10_000))).build());
    assertEquals(List.of(
        new Violation("explicitRepayments[0].date", "2019-03-20", "must be after disbursement and no later than maturity"),
        new Violation("explicitRepayments[1].date", "2019-03-20", "must be after the previous repayment"),
        new Violation("explicitRepayments[1].date", "2019-03-20", "must be after disbursement and no later than maturity"),
        new Violation("explicitRepayments", "20000.00", "must add up to the principal 50000.00"),
        new Violation("explicitRepayments", "2019-03-20", "the last repayment must fall on the maturity date 2022-03-20")), v);
  }

  @Test
  void aRepaymentAfterMaturityIsRefused() {
    List<Violation> v = refused(() -> explicit(PlannedRepayment.of(MATURITY.plusDays(1), Money.ofYuan(50_000))).build());
    assertEquals(List.of(
        new Violation("explicitRepayments[0].date", "2022-03-21", "must be after disbursement and no later than maturity"),
        new Violation("explicitRepayments", "2022-03-21", "the last repayment must fall on the maturity date 2022-03-20")), v);
  }

  @Test
  void noSettlementDayWithTheAnniversaryRuleIsFine() {
    assertEquals(Optional.empty(), Loans.microloanBuilder().settlement(SettlementRule.ANNIVERSARY)
        .settlementDay(Optional.empty()).build().settlementDay());
  }
}

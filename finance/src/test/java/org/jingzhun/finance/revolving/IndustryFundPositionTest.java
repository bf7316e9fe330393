package org.jingzhun.finance.revolving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** An industry-support fund's position on and after a due date, what each household owes, and its checks. */
class IndustryFundPositionTest {

  @Test
  void aLoanIsOverdueOnlyAfterItsDueDate() {
    // F2 (H2, 10,000) is due 2020-04-01 and never repaid
    IndustrySupportFund f = IndustrySupportFundTest.fund().build();
    assertEquals(List.of(false), f.position(LocalDate.of(2020, 4, 1)).openLoans().stream().map(LoanPosition::overdue).toList());
    assertEquals(List.of(true), f.position(LocalDate.of(2020, 4, 2)).openLoans().stream().map(LoanPosition::overdue).toList());
  }

  @Test
  void theExplanationGivesEveryFigureAndTheCash() {
    // capital 20,000; lent 10,000 + 10,000; repaid 10,000 (F1); outstanding and overdue 10,000 (F2);
    // cash 20,000 − 20,000 + 10,000 = 10,000
    Explained<RevolvingPosition> e = IndustrySupportFundTest.fund().build().explainPosition(LocalDate.of(2020, 6, 1));
    assertEquals(List.of(Money.ofYuan(20_000), Money.ofYuan(20_000), Money.ofYuan(10_000), Money.ofYuan(10_000),
        Money.ofYuan(10_000)), e.explanation().amounts().stream().map(a -> a.value()).toList());
    assertEquals(Money.ofYuan(10_000), e.explanation().result());
    assertEquals(Money.ofYuan(10_000), e.value().cash());
  }

  @Test
  void eachHouseholdOwesWhatIsLeftOfItsOpenLoans() {
    // H1 repaid F1 in full; H2 owes F2's 10,000; H3 borrowed 5,000 on 2018-04-01 and repaid 1,000
    IndustrySupportFund f = IndustrySupportFundTest.fund()
        .addLoans(FundLoan.of("F3", "H3", LocalDate.of(2018, 4, 1), Money.ofYuan(5_000), LocalDate.of(2019, 4, 1)))
        .addRepayments(FundRepayment.of("F3", LocalDate.of(2018, 6, 1), Money.ofYuan(1_000))).build();
    assertEquals(Map.of("H2", Money.ofYuan(10_000), "H3", Money.ofYuan(4_000)), f.owedByHousehold(LocalDate.of(2018, 12, 31)));
    // before F3 was lent, only H1 and H2 had loans
    assertEquals(Map.of("H1", Money.ofYuan(10_000), "H2", Money.ofYuan(10_000)), f.owedByHousehold(LocalDate.of(2017, 12, 31)));
  }

  @Test
  void aZeroLimitAndATermOfZeroMonthsAreRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> IndustrySupportFund.builder().name("f").loanLimit(Money.ZERO).maxTermMonths(0).build());
    assertEquals(List.of(new Violation("loanLimit", "0.00", "must be more than zero"),
        new Violation("maxTermMonths", "0", "must be at least one month")), e.violations());
    assertEquals(1, IndustrySupportFund.builder().name("f").loanLimit(Money.ofFen(1)).maxTermMonths(1).build().maxTermMonths());
  }
}

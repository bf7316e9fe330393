package org.jingzhun.finance.revolving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class IndustrySupportFundTest {
  private static final LocalDate START = LocalDate.of(2017, 1, 1);

  /** 20,000 yuan of capital; H1 and H2 borrow 10,000 each; H1 repays and H3 borrows again. */
  static IndustrySupportFund.Builder fund() {
    IndustrySupportFund.Builder b = IndustrySupportFund.builderFromPolicy(PolicyBook.shipped(), RegionCode.of("511902"), START);
    b.name("村产业扶持基金").addCapital(CapitalInjection.of(START, Money.ofYuan(20_000)))
        .addLoans(FundLoan.of("F1", "H1", LocalDate.of(2017, 3, 1), Money.ofYuan(10_000), LocalDate.of(2020, 3, 1)),
            FundLoan.of("F2", "H2", LocalDate.of(2017, 4, 1), Money.ofYuan(10_000), LocalDate.of(2020, 4, 1)))
        .addRepayments(FundRepayment.of("F1", LocalDate.of(2018, 3, 1), Money.ofYuan(10_000)));
    return b;
  }

  @Test
  void repaidPrincipalIsLentAgain() {
    IndustrySupportFund f = fund()
        .addLoans(FundLoan.of("F3", "H3", LocalDate.of(2018, 4, 1), Money.ofYuan(5_000), LocalDate.of(2019, 4, 1))).build();
    RevolvingPosition p = f.position(LocalDate.of(2018, 12, 31));
    // lent 10,000 + 10,000 + 5,000 = 25,000; repaid 10,000; cash 20,000 − 25,000 + 10,000 = 5,000
    assertEquals(Money.ofYuan(25_000), p.lent());
    assertEquals(Money.ofYuan(5_000), p.cash());
    assertEquals(Money.ofYuan(15_000), p.outstanding());
    assertEquals(List.of("F2", "F3"), p.openLoans().stream().map(LoanPosition::loanId).toList());
  }

  @Test
  void loanBeyondTheCashHeldIsRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> fund()
        .addLoans(FundLoan.of("F3", "H3", LocalDate.of(2017, 5, 1), Money.ofYuan(5_000), LocalDate.of(2018, 5, 1))).build());
    assertEquals("loans[2].amount", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("0.00"));
  }

  @Test
  void loanAboveTheLimitOrTermIsRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> fund()
        .addLoans(FundLoan.of("F3", "H2", LocalDate.of(2018, 4, 1), Money.ofYuan(5_000), LocalDate.of(2021, 5, 1))).build());
    // H2 already owes 10,000 (the limit); and 2018-04-01 + 36 months is 2021-04-01
    assertEquals(List.of("loans[2].dueDate", "loans[2].amount"), e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void loanPastItsDueDateIsOverdue() {
    RevolvingPosition p = fund().build().position(LocalDate.of(2020, 6, 1));
    assertEquals(Money.ofYuan(10_000), p.overdue());
  }

  @Test
  void sichuansLimitsCiteTheMeasuresOf9May2017() {
    PolicyBook book = PolicyBook.shipped();
    var source = book.get("finance.revolving.industry.loanLimit", RegionCode.of("511902"), LocalDate.of(2017, 6, 1)).entry().source();
    assertEquals(Optional.of(LocalDate.of(2017, 5, 9)), source.date());
    assertEquals(Confidence.LOCAL, source.confidence());
    assertTrue(source.issuer().contains("财政厅"), source.issuer());
    // before the measures the same limits are an estimate, carried back, and say so
    var before = book.get("finance.revolving.industry.loanLimit", RegionCode.of("511902"), LocalDate.of(2016, 6, 1)).entry().source();
    assertEquals(Confidence.ESTIMATED, before.confidence());
    assertTrue(before.note().orElseThrow().contains("carried back"), before.note().orElseThrow());
  }

  @Test
  void tongjiangsOwnFundOf2015LentAtMost5000ForTwoYears() {
    IndustrySupportFund.Builder b = IndustrySupportFund.builderFromPolicy(PolicyBook.shipped(), RegionCode.of("511921"),
        LocalDate.of(2016, 3, 1));
    IndustrySupportFund f = b.name("通江县产业周转金").build();
    assertEquals(Money.ofYuan(5_000), f.loanLimit());
    assertEquals(24, f.maxTermMonths());
  }

  @Test
  void theNationHasNoLimitsAndIsToldWhereTheyAre() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> IndustrySupportFund.builderFromPolicy(PolicyBook.shipped(), RegionCode.of("000000"), LocalDate.of(2019, 1, 1)));
    String message = e.violations().get(0).message();
    assertTrue(message.contains("510000") && message.contains("IndustrySupportFund.builder()"), message);
  }
}

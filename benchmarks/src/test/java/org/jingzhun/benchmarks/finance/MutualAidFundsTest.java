package org.jingzhun.benchmarks.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.revolving.FeeLine;
import org.jingzhun.finance.revolving.FundLoan;
import org.jingzhun.finance.revolving.FundRepayment;
import org.jingzhun.finance.revolving.MutualAidFund;
import org.jingzhun.finance.revolving.MutualAidStatement;
import org.junit.jupiter.api.Test;

class MutualAidFundsTest {

  /**
   * A loan's principal-days in the year as the statement computed them before it was indexed:
   * its own repayments found by a pass over all of them, sorted, the balance times the days.
   */
  private static long principalDaysDirectly(MutualAidFund fund, FundLoan loan, int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    List<FundRepayment> own = fund.repayments().stream().filter(r -> r.loanId().equals(loan.id()))
        .sorted(Comparator.comparing(FundRepayment::date)).toList();
    long balance = loan.amount().fen();
    LocalDate cursor = loan.date();
    long total = 0;
    for (FundRepayment r : own) {
      total += balance * overlap(fund, cursor, r.date(), from, to);
      balance -= r.amount().fen();
      cursor = r.date();
    }
    return total + balance * overlap(fund, cursor, to, from, to);
  }

  private static long overlap(MutualAidFund fund, LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
    LocalDate s = start.isAfter(from) ? start : from;
    LocalDate e = end.isBefore(to) ? end : to;
    return e.isAfter(s) ? fund.rules().dayCount().days(s, e) : 0;
  }

  @Test
  void aSmallFundsStatementIsTheOneTheDirectComputationGives() {
    MutualAidFund fund = MutualAidFunds.fund(400, 7).build();
    MutualAidStatement s = fund.statement(MutualAidFunds.YEAR);
    assertTrue(s.fees().size() > 100, "loans with days in the year: " + s.fees().size());
    for (FeeLine line : s.fees()) {
      FundLoan loan = fund.loans().stream().filter(l -> l.id().equals(line.loanId())).findFirst().orElseThrow();
      assertEquals(principalDaysDirectly(fund, loan, MutualAidFunds.YEAR), line.principalDays(), line.loanId());
    }
    assertEquals(Money.sum(s.fees().stream().map(FeeLine::fee).toList()), s.usageFees());
  }

  @Test
  void aFundOfAHundredThousandLoansBuildsAndStatesItsYear() {
    MutualAidFund fund = MutualAidFunds.fund(100_000, 20_190_101L).build();
    MutualAidStatement s = fund.statement(MutualAidFunds.YEAR);
    // every loan's fee is on its line, and cash = capital + repaid − lent to year end
    assertEquals(Money.sum(s.fees().stream().map(FeeLine::fee).toList()), s.usageFees());
    assertEquals(s.memberCapital().plus(s.governmentCapital()).minus(s.outstandingAtYearEnd()), s.cashAtYearEnd());
    assertTrue(s.loansMade() > 30_000, "loans made in 2019: " + s.loansMade());
  }

  @Test
  void theSameSeedGivesTheSameFund() {
    assertEquals(MutualAidFunds.fund(300, 3).build(), MutualAidFunds.fund(300, 3).build());
  }
}

package org.jingzhun.benchmarks.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.risk.LossAllocation;
import org.jingzhun.finance.risk.PartyPart;
import org.jingzhun.finance.subsidy.InterestSubsidy;
import org.jingzhun.finance.subsidy.SubsidyPolicy;
import org.jingzhun.finance.subsidy.SubsidyStatement;
import org.junit.jupiter.api.Test;

class FinanceSamplesTest {

  @Test
  void theSameSeedGivesTheSamePortfolio() {
    assertEquals(Microloans.portfolio(500, 1), Microloans.portfolio(500, 1));
  }

  @Test
  void everyLoanIsThreeYearsOfQuarterlyPeriodsAndSubsidised() {
    PolicyBook book = PolicyBook.shipped();
    SubsidyPolicy policy = SubsidyPolicy.povertyMicrocredit(book, Microloans.BAZHOU, LocalDate.of(2016, 1, 1));
    for (LoanAccount loan : Microloans.portfolio(2_000, 20_141_210L)) {
      SubsidyStatement s = InterestSubsidy.compute(loan.terms(), loan.history(), policy, book, FinanceBenchmarks.SUBSIDY_DATE);
      // 36 months on the 20th of each quarter's last month: 12 quarters, 13 periods when
      // disbursed off a settlement day (a short first and last period).
      assertTrue(s.lines().size() == 12 || s.lines().size() == 13, loan.terms().id() + ": " + s.lines().size());
      assertTrue(s.isEligible(), loan.terms().id());
      assertTrue(s.totalSubsidy().isPositive(), loan.terms().id());
    }
  }

  @Test
  void theSubsidyOverTwoHalvesOnTwoThreadsIsTheSequentialTotal() throws Exception {
    PolicyBook book = PolicyBook.shipped();
    SubsidyPolicy policy = SubsidyPolicy.povertyMicrocredit(book, Microloans.BAZHOU, LocalDate.of(2016, 1, 1));
    var loans = Microloans.portfolio(2_001, 20_141_210L);
    ExecutorService twoThreads = Executors.newFixedThreadPool(2);
    try {
      assertEquals(FinanceBenchmarks.totalSubsidyFen(loans, policy, book),
          FinanceBenchmarks.totalSubsidyFenInHalves(loans, policy, book, twoThreads));
    } finally {
      twoThreads.shutdownNow();
    }
  }

  @Test
  void everyAllocatedDefaultIsPaidOrOwedToTheFen() {
    LoanDefaults d = LoanDefaults.generate(5_000, 7);
    int short_ = 0;
    for (int i = 0; i < d.defaults().length; i++) {
      LossAllocation a = LossAllocation.allocate(LoanDefaults.sixFour(), d.defaults()[i], Money.ofFen(d.fundBalanceFen()[i]));
      long paidAndOwed = 0;
      for (PartyPart p : a.parties()) {
        paidAndOwed += p.paid().fen() + p.owed().fen();
      }
      assertEquals(a.coveredLoss().fen(), paidAndOwed, "default " + i);
      short_ += a.fundShortfall().isPositive() ? 1 : 0;
    }
    assertTrue(short_ > 500 && short_ < 4_500, "short: " + short_);
  }
}

package org.jingzhun.finance.revolving;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The indexed fund computations give what the direct ones they replaced gave (a pass over every
 * loan and repayment for each loan): random small funds, ids, borrowers and days from small
 * pools so that loans share borrowers, days and even ids, and repayments may fall before their
 * loan (a fund the checks refuse must still be refused with the same figures).
 */
class FundIndexProperties {
  private static final LocalDate START = LocalDate.of(2019, 1, 1);

  private static Gen<FundLoan> loans() {
    return integers().between(0, 5).zip(integers().between(0, 3), integers().between(0, 60), integers().between(1, 90),
        (id, borrower, day, fen) -> FundLoan.of("L" + id, "M" + borrower, START.plusDays(day), Money.ofFen(100L * fen),
            START.plusDays(day + 365)));
  }

  private static Gen<FundRepayment> repayments() {
    return integers().between(0, 5).zip(integers().between(0, 90), integers().between(1, 40),
        (id, day, fen) -> FundRepayment.of("L" + id, START.plusDays(day), Money.ofFen(100L * fen)));
  }

  /** What loan {@code loan} had repaid by {@code date}: the direct pass it replaced. */
  private static long repaidByDirectly(FundLoan loan, List<FundRepayment> repayments, LocalDate date) {
    long total = 0;
    for (FundRepayment r : repayments) {
      if (r.loanId().equals(loan.id()) && !r.date().isAfter(date)) {
        total += r.amount().fen();
      }
    }
    return total;
  }

  /** The borrower's debt on earlier loans: the direct double pass it replaced. */
  private static long earlierDebtDirectly(List<FundLoan> loans, List<FundRepayment> repayments, int i) {
    FundLoan l = loans.get(i);
    long owed = 0;
    for (int j = 0; j < loans.size(); j++) {
      FundLoan other = loans.get(j);
      if (j != i && other.borrower().equals(l.borrower()) && !other.date().isAfter(l.date())
          && (other.date().isBefore(l.date()) || j < i)) {
        owed += other.amount().fen() - repaidByDirectly(other, repayments, l.date());
      }
    }
    return owed;
  }

  @Test
  void repaidByIsTheSumOfTheLoansRepaymentsToThatDay() {
    qt().forAll(lists().of(loans()).ofSizeBetween(1, 12), lists().of(repayments()).ofSizeBetween(0, 20), integers().between(0, 100))
        .check((loans, repayments, day) -> {
          RepaymentIndex index = RepaymentIndex.of(repayments);
          return loans.stream().allMatch(l ->
              index.repaidBy(l.id(), START.plusDays(day)) == repaidByDirectly(l, repayments, START.plusDays(day)));
        });
  }

  @Test
  void earlierDebtIsWhatEachBorrowerOwedOnEarlierLoans() {
    qt().forAll(lists().of(loans()).ofSizeBetween(1, 12), lists().of(repayments()).ofSizeBetween(0, 20))
        .check((loans, repayments) -> {
          long[] fast = EarlierDebt.of(loans, RepaymentIndex.of(repayments));
          for (int i = 0; i < loans.size(); i++) {
            if (fast[i] != earlierDebtDirectly(loans, repayments, i)) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void eachLoansRepaymentsAreInDateOrderOneDaysInTheOrderGiven() {
    qt().forAll(lists().of(repayments()).ofSizeBetween(0, 20))
        .check(repayments -> {
          RepaymentIndex index = RepaymentIndex.of(repayments);
          for (int id = 0; id <= 5; id++) {
            String loanId = "L" + id;
            List<FundRepayment> direct = new ArrayList<>(repayments.stream().filter(r -> r.loanId().equals(loanId)).toList());
            direct.sort(Comparator.comparing(FundRepayment::date));
            if (!index.of(loanId).equals(direct)) {
              return false;
            }
          }
          return true;
        });
  }
}

package org.jingzhun.finance.revolving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The repayments of a fund by loan id, each loan's in date order (repayments of one day in the
 * order given) with running totals, built once in O(R log R) so that "what had loan L repaid by
 * day D" costs O(log R) instead of a pass over every repayment.
 */
final class RepaymentIndex {
  /** One loan's repayments in date order, their epoch days and the running total after each. */
  private record Repaid(List<FundRepayment> inOrder, long[] days, long[] totals) {}

  private static final Repaid NONE = new Repaid(List.of(), new long[0], new long[0]);
  private final Map<String, Repaid> byLoan;

  private RepaymentIndex(Map<String, Repaid> byLoan) {
    this.byLoan = byLoan;
  }

  static RepaymentIndex of(List<FundRepayment> repayments) {
    Map<String, List<FundRepayment>> grouped = new HashMap<>();
    repayments.forEach(r -> grouped.computeIfAbsent(r.loanId(), k -> new ArrayList<>()).add(r));
    Map<String, Repaid> byLoan = new HashMap<>();
    grouped.forEach((loanId, own) -> {
      own.sort(Comparator.comparing(FundRepayment::date)); // stable: one day's repayments stay in order
      long[] days = new long[own.size()];
      long[] totals = new long[own.size()];
      long total = 0;
      for (int i = 0; i < own.size(); i++) {
        days[i] = own.get(i).date().toEpochDay();
        total += own.get(i).amount().fen();
        totals[i] = total;
      }
      byLoan.put(loanId, new Repaid(List.copyOf(own), days, totals));
    });
    return new RepaymentIndex(byLoan);
  }

  /** The repayments of the loan {@code loanId}, in date order. */
  List<FundRepayment> of(String loanId) {
    return byLoan.getOrDefault(loanId, NONE).inOrder();
  }

  /** The principal of the loan {@code loanId} repaid on or before {@code date}, in fen. */
  long repaidBy(String loanId, LocalDate date) {
    Repaid r = byLoan.getOrDefault(loanId, NONE);
    int count = countUpTo(r.days(), date.toEpochDay());
    return count == 0 ? 0 : r.totals()[count - 1];
  }

  /** How many of the sorted {@code days} are on or before {@code day}. */
  static int countUpTo(long[] days, long day) {
    int low = 0;
    int high = days.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (days[mid] <= day) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}

package org.jingzhun.finance.revolving;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each borrower still owed on the loans made before each of their loans: for loan {@code i},
 * the sum over the same borrower's loans made earlier (an earlier day, or the same day and listed
 * before) of the amount lent less what had been repaid on it by loan {@code i}'s day.
 *
 * <p>Each borrower's loans are taken in that order; as a loan becomes an earlier one its amount
 * is added to a running total and its repayments to a sum by day (a Fenwick tree over the
 * borrower's repayment days), so that each loan's figure is a prefix sum: O((L + R) log R) in all,
 * not a pass over every earlier loan and repayment for each loan.
 */
final class EarlierDebt {
  private EarlierDebt() {}

  /** For each loan (by index), in fen, what its borrower owed on earlier loans on its day. */
  static long[] of(List<FundLoan> loans, RepaymentIndex repayments) {
    long[] owed = new long[loans.size()];
    Map<String, List<Integer>> byBorrower = new HashMap<>();
    for (int i = 0; i < loans.size(); i++) {
      byBorrower.computeIfAbsent(loans.get(i).borrower(), k -> new ArrayList<>()).add(i);
    }
    byBorrower.values().forEach(indices -> borrower(loans, indices, repayments, owed));
    return owed;
  }

  private static void borrower(List<FundLoan> loans, List<Integer> indices, RepaymentIndex repayments, long[] owed) {
    indices.sort(Comparator.comparing((Integer i) -> loans.get(i).date()).thenComparing(i -> i));
    long[] days = indices.stream().flatMap(i -> repayments.of(loans.get(i).id()).stream())
        .mapToLong(r -> r.date().toEpochDay()).sorted().distinct().toArray();
    long[] tree = new long[days.length + 1];
    long lentEarlier = 0;
    for (int i : indices) {
      FundLoan loan = loans.get(i);
      owed[i] = lentEarlier - prefix(tree, RepaymentIndex.countUpTo(days, loan.date().toEpochDay()));
      lentEarlier += loan.amount().fen();
      for (FundRepayment r : repayments.of(loan.id())) {
        add(tree, Arrays.binarySearch(days, r.date().toEpochDay()) + 1, r.amount().fen());
      }
    }
  }

  /** Adds {@code fen} at 1-based position {@code at} of the Fenwick tree. */
  private static void add(long[] tree, int at, long fen) {
    for (int i = at; i < tree.length; i += i & -i) {
      tree[i] += fen;
    }
  }

  /** The sum of the first {@code count} positions of the Fenwick tree. */
  private static long prefix(long[] tree, int count) {
    long sum = 0;
    for (int i = count; i > 0; i -= i & -i) {
      sum += tree[i];
    }
    return sum;
  }
}

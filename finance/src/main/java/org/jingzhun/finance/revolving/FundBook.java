package org.jingzhun.finance.revolving;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * The checks and sums shared by revolving and mutual-aid funds: loan ids unique, repayments of
 * known loans after they were made and never more than lent, and cash never below zero when
 * money in and loans out are taken day by day (money in first on a day), so that a fund lends
 * again only what has come back.
 */
final class FundBook {
  private FundBook() {}

  static void check(Violations v, Money startingCash, List<CapitalInjection> capital, List<FundLoan> loans, List<FundRepayment> repayments) {
    Map<String, FundLoan> byId = new HashMap<>();
    for (int i = 0; i < loans.size(); i++) {
      FundLoan l = loans.get(i);
      if (byId.putIfAbsent(l.id(), l) != null) {
        v.add(FieldPath.join(FieldPath.index("loans", i), "id"), l.id(), "the same loan id is used twice");
      }
    }
    Map<String, Long> repaid = new HashMap<>();
    for (int i = 0; i < repayments.size(); i++) {
      FundRepayment r = repayments.get(i);
      FundLoan l = byId.get(r.loanId());
      if (l == null) {
        v.add(FieldPath.join(FieldPath.index("repayments", i), "loanId"), r.loanId(), "no loan has this id");
        continue;
      }
      if (!r.date().isAfter(l.date())) {
        v.add(FieldPath.join(FieldPath.index("repayments", i), "date"), r.date(), "is not after the loan date " + l.date());
      }
      long total = repaid.merge(r.loanId(), r.amount().fen(), Long::sum);
      if (total > l.amount().fen()) {
        v.add(FieldPath.join(FieldPath.index("repayments", i), "amount"), r.amount(),
            "brings the repayments of loan " + l.id() + " to " + Money.ofFen(total) + ", more than the " + l.amount() + " lent");
      }
    }
    record Move(LocalDate date, int order, long fen, int loanIndex) {}
    List<Move> moves = new ArrayList<>();
    capital.forEach(c -> moves.add(new Move(c.date(), 0, c.amount().fen(), -1)));
    repayments.forEach(r -> moves.add(new Move(r.date(), 0, r.amount().fen(), -1)));
    for (int i = 0; i < loans.size(); i++) {
      moves.add(new Move(loans.get(i).date(), 1, -loans.get(i).amount().fen(), i));
    }
    moves.sort(Comparator.comparing(Move::date).thenComparingInt(Move::order));
    long cash = startingCash.fen();
    for (Move m : moves) {
      if (m.loanIndex() >= 0 && cash + m.fen() < 0) {
        v.add(FieldPath.join(FieldPath.index("loans", m.loanIndex()), "amount"), Money.ofFen(-m.fen()),
            "is more than the fund holds on " + m.date() + ": " + Money.ofFen(cash));
        continue;
      }
      cash += m.fen();
    }
  }

  static long sum(List<CapitalInjection> capital, LocalDate date) {
    return capital.stream().filter(c -> !c.date().isAfter(date)).mapToLong(c -> c.amount().fen()).sum();
  }
}

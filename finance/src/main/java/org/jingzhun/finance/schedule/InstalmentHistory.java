package org.jingzhun.finance.schedule;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.loan.Deferral;
import org.jingzhun.finance.loan.LatePayment;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.Prepayment;

/**
 * 还款记录 — a loan's history laid over its planned instalments: late repayments move an
 * instalment to the day it was repaid (or to none), partial prepayments reduce the instalments
 * still to come from the last backwards, and a full prepayment ends the loan. Every entry is
 * checked against the schedule first, and all violations are reported together.
 */
final class InstalmentHistory {
  private InstalmentHistory() {}

  /**
   * The last day the history may need: maturity, or later the last late repayment, or the
   * write-off if an instalment was never repaid.
   */
  static LocalDate horizon(LoanTerms t, LoanHistory h) {
    LocalDate last = t.maturityDate();
    boolean unpaid = false;
    for (LatePayment lp : h.latePayments()) {
      LocalDate on = lp.paidOn().orElse(null);
      unpaid |= on == null;
      if (on != null && on.isAfter(last)) {
        last = on;
      }
    }
    LocalDate writeOff = h.writeOff().orElse(null);
    if (unpaid && writeOff != null && writeOff.isAfter(last)) {
      last = writeOff;
    }
    return last;
  }

  /**
   * Checks the history against the schedule, moves late instalments to their repayment dates
   * (null when unpaid), reduces instalments by partial prepayments, and returns the date of a
   * full prepayment, if any (else null).
   *
   * @param b the planned period boundaries: period {@code i} runs from {@code b[i]} to {@code b[i + 1]}
   * @param due each planned period's principal, in fen; reduced by partial prepayments
   * @param paid each planned period's repayment day; moved by late payments
   */
  static LocalDate apply(LoanTerms t, LoanHistory h, LocalDate[] b, long[] due, LocalDate[] paid) {
    Violations v = Violations.collect();
    LocalDate writeOff = h.writeOff().orElse(null);
    if (writeOff != null) {
      v.check(writeOff.isAfter(t.disbursementDate()), "writeOff", writeOff, "must be after the disbursement date " + t.disbursementDate());
    }
    lateRepayments(v, h.latePayments(), b, writeOff, paid);
    checkDeferrals(v, h.deferrals(), b);
    LocalDate full = prepayments(v, t, h.prepayments(), b, writeOff, due);
    v.throwIfAny();
    return full;
  }

  /** Moves each late instalment to the day it was repaid, null when it never was. */
  private static void lateRepayments(Violations v, List<LatePayment> late, LocalDate[] b, LocalDate writeOff, LocalDate[] paid) {
    int n = b.length - 1;
    for (int j = 0; j < late.size(); j++) {
      LatePayment lp = late.get(j);
      String path = FieldPath.index("latePayments", j);
      if (lp.period() > n) {
        v.add(FieldPath.join(path, "period"), lp.period(), "the loan has only " + n + " periods");
        continue;
      }
      LocalDate dueOn = b[lp.period()];
      LocalDate on = lp.paidOn().orElse(null);
      if (on != null) {
        v.check(on.isAfter(dueOn), FieldPath.join(path, "paidOn"), on, "is not after the due date " + dueOn + ", so not late");
        v.check(writeOff == null || !on.isAfter(writeOff), FieldPath.join(path, "paidOn"), on,
            "is after the write-off on " + writeOff);
      }
      paid[lp.period() - 1] = on;
    }
  }

  /** Each deferral must name a period of the schedule {@code b} and end after its due date. */
  private static void checkDeferrals(Violations v, List<Deferral> deferrals, LocalDate[] b) {
    int n = b.length - 1;
    for (int j = 0; j < deferrals.size(); j++) {
      Deferral d = deferrals.get(j);
      String path = FieldPath.index("deferrals", j);
      if (d.period() > n) {
        v.add(FieldPath.join(path, "period"), d.period(), "the loan has only " + n + " periods");
      } else {
        v.check(d.until().isAfter(b[d.period()]), FieldPath.join(path, "until"), d.until(),
            "is not after the due date " + b[d.period()] + ", so defers nothing");
      }
    }
  }

  /**
   * Reduces the instalments by each partial prepayment (缩短期限) and returns the date of a full
   * prepayment, null when there is none.
   */
  private static LocalDate prepayments(Violations v, LoanTerms t, List<Prepayment> pre, LocalDate[] b, LocalDate writeOff, long[] due) {
    LocalDate full = null;
    for (int j = 0; j < pre.size(); j++) {
      Prepayment p = pre.get(j);
      String path = FieldPath.join(FieldPath.index("prepayments", j), "date");
      boolean inTerm = p.date().isAfter(t.disbursementDate()) && p.date().isBefore(t.maturityDate());
      v.check(inTerm, path, p.date(), "a prepayment must fall after disbursement and before maturity " + t.maturityDate());
      v.check(writeOff == null || p.date().isBefore(writeOff), path, p.date(), "is not before the write-off on " + writeOff);
      if (!inTerm) {
        continue;
      }
      if (p.isFull()) {
        full = p.date();
        continue;
      }
      long amount = p.principal().orElseThrow().fen();
      long notYetDue = notYetDue(b, due, p.date());
      if (amount > notYetDue) {
        v.add(FieldPath.join(FieldPath.index("prepayments", j), "principal"), Money.ofFen(amount),
            "exceeds the principal not yet due on " + p.date() + ", " + Money.ofFen(notYetDue));
        continue;
      }
      reduceFromLast(due, amount);
    }
    return full;
  }

  /** {@return the principal of the instalments falling due after {@code date}, in fen} */
  private static long notYetDue(LocalDate[] b, long[] due, LocalDate date) {
    long sum = 0;
    for (int i = 0; i < due.length; i++) {
      if (b[i + 1].isAfter(date)) {
        sum += due[i];
      }
    }
    return sum;
  }

  /** Takes {@code amount} fen off the instalments, the last first. */
  private static void reduceFromLast(long[] due, long amount) {
    long left = amount;
    for (int i = due.length - 1; i >= 0 && left > 0; i--) {
      long cut = Math.min(left, due[i]);
      due[i] -= cut;
      left -= cut;
    }
  }
}

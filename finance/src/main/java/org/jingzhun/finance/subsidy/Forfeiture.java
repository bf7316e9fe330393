package org.jingzhun.finance.subsidy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.Deferral;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.schedule.LoanAccrual;
import org.jingzhun.finance.schedule.PeriodStatus;

/**
 * 取消贴息时点 — the earliest breach a policy names: a finding (misuse, fraud, overdue), or the
 * due date of the first instalment repaid late or not at all. An instalment under an approved
 * deferral that the policy's {@link DeferralRelief} covers falls due at the deferral's end
 * instead: repaid by then it was never overdue, and an overdue finding dated inside the
 * deferral does not count.
 *
 * @param date the day the subsidy is lost from, if a breach took it
 * @param deferralsHonoured whether an approved deferral moved a due date
 */
record Forfeiture(Optional<LocalDate> date, boolean deferralsHonoured) {

  static Forfeiture of(LoanHistory history, SubsidyPolicy policy, LoanAccrual a) {
    if (policy.forfeitOn().isEmpty()) {
      return new Forfeiture(Optional.empty(), false);
    }
    Map<Integer, LocalDate> deferredDue = deferredDueDates(history, policy, a);
    LocalDate first = null;
    for (Breach b : history.breaches()) {
      boolean excused = b.kind() == BreachKind.OVERDUE && insideDeferral(b.date(), deferredDue, a);
      if (policy.forfeitOn().contains(b.kind()) && !excused) {
        first = earlier(first, b.date());
      }
    }
    if (policy.forfeitOn().contains(BreachKind.OVERDUE) && !history.latePayments().isEmpty()) {
      first = earlier(first, deferredDue.isEmpty() ? a.overdueSince().orElse(null) : firstOverdue(a, deferredDue));
    }
    return new Forfeiture(Optional.ofNullable(first), !deferredDue.isEmpty());
  }

  /** Period number → the day it falls due for the subsidy, for each deferral the relief covers. */
  private static Map<Integer, LocalDate> deferredDueDates(LoanHistory history, SubsidyPolicy policy, LoanAccrual a) {
    DeferralRelief relief = policy.deferralRelief().orElse(null);
    if (relief == null || history.deferrals().isEmpty()) {
      return Map.of(); // the common case of a bulk run: nothing allocated
    }
    Map<Integer, LocalDate> out = new TreeMap<>();
    for (Deferral d : history.deferrals()) {
      relief.deferredDue(a.dueDate(d.period() - 1), d.until()).ifPresent(due -> out.put(d.period(), due));
    }
    return out;
  }

  /**
   * The first due date, deferred or not, by which an instalment was not repaid; only periods
   * with an instalment of their own (due by maturity) count.
   */
  private static LocalDate firstOverdue(LoanAccrual a, Map<Integer, LocalDate> deferredDue) {
    LocalDate first = null;
    for (int i = 0; i < a.periods() && !a.dueDate(i).isAfter(a.terms().maturityDate()); i++) {
      if (a.status(i) != PeriodStatus.LATE && a.status(i) != PeriodStatus.OVERDUE) {
        continue;
      }
      LocalDate due = deferredDue.getOrDefault(i + 1, a.dueDate(i));
      LocalDate repaid = a.repaidOn(i).orElse(null);
      if (repaid == null || repaid.isAfter(due)) {
        first = earlier(first, due);
      }
    }
    return first;
  }

  /** Whether {@code date} falls between a deferred instalment's due date and its deferred end. */
  private static boolean insideDeferral(LocalDate date, Map<Integer, LocalDate> deferredDue, LoanAccrual a) {
    for (Map.Entry<Integer, LocalDate> e : deferredDue.entrySet()) {
      if (!date.isBefore(a.dueDate(e.getKey() - 1)) && !date.isAfter(e.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }
}

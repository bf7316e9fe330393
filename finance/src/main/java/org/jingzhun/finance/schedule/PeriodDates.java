package org.jingzhun.finance.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.PlannedRepayment;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;

/**
 * 结息日 — the boundaries of a loan's periods: disbursement, each settlement date before
 * maturity, and maturity. The first period is short when a fixed settlement day comes sooner
 * than a full period after disbursement; the last is short when maturity is not on a
 * settlement date. An explicit schedule adds its repayment dates.
 */
final class PeriodDates {
  private PeriodDates() {}

  static LocalDate[] of(LoanTerms t) {
    LocalDate start = t.disbursementDate();
    LocalDate maturity = t.maturityDate();
    List<LocalDate> dates = new ArrayList<>(expectedDates(t, start, maturity));
    dates.add(start);
    settlementDates(t, start, maturity, dates);
    dates.add(maturity);
    if (t.method() == RepaymentMethod.EXPLICIT) {
      TreeSet<LocalDate> all = new TreeSet<>(dates);
      t.explicitRepayments().stream().map(PlannedRepayment::date).forEach(all::add);
      return all.toArray(LocalDate[]::new);
    }
    return dates.toArray(LocalDate[]::new);
  }

  /**
   * {@code b} (ending at maturity) continued past maturity up to {@code until}, on the loan's
   * settlement dates: the overdue periods (逾期期间) of principal still outstanding after
   * maturity. A loan settled only at maturity gets one overdue period.
   */
  static LocalDate[] continuedTo(LoanTerms t, LocalDate[] b, LocalDate until) {
    List<LocalDate> dates = new ArrayList<>(b.length + expectedDates(t, t.maturityDate(), until));
    dates.addAll(java.util.Arrays.asList(b));
    settlementDates(t, t.maturityDate(), until, dates);
    dates.add(until);
    return dates.toArray(LocalDate[]::new);
  }

  /** Room for the boundaries from {@code from} to {@code to}, so the list is not regrown. */
  private static int expectedDates(LoanTerms t, LocalDate from, LocalDate to) {
    int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    int step = Math.max(t.frequency().months(), 1);
    return Math.max(months, 0) / step + 3;
  }

  /** Adds the loan's settlement dates strictly after {@code after} and before {@code before}. */
  private static void settlementDates(LoanTerms t, LocalDate after, LocalDate before, List<LocalDate> out) {
    int step = t.frequency().months();
    if (t.frequency() == Frequency.AT_MATURITY) {
      return;
    }
    LocalDate start = t.disbursementDate();
    if (t.settlement() == SettlementRule.ANNIVERSARY) {
      for (int k = 1; ; k++) {
        LocalDate d = start.plusMonths((long) k * step);
        if (!d.isBefore(before)) {
          break;
        }
        if (d.isAfter(after)) {
          out.add(d);
        }
      }
    } else {
      int day = t.settlementDay().orElseThrow();
      YearMonth m = YearMonth.from(after);
      while (m.getMonthValue() % step != 0 || !onDay(m, day).isAfter(after)) {
        m = m.plusMonths(1);
      }
      for (LocalDate d = onDay(m, day); d.isBefore(before); m = m.plusMonths(step), d = onDay(m, day)) {
        out.add(d);
      }
    }
  }

  private static LocalDate onDay(YearMonth m, int day) {
    // every month has a 28th: only a later day needs the month's length
    return m.atDay(day <= 28 ? day : Math.min(day, m.lengthOfMonth()));
  }
}

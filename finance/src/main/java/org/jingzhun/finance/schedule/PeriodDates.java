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
    List<LocalDate> dates = new ArrayList<>();
    dates.add(start);
    int step = t.frequency().months();
    if (t.frequency() != Frequency.AT_MATURITY) {
      if (t.settlement() == SettlementRule.ANNIVERSARY) {
        for (int k = 1; ; k++) {
          LocalDate d = start.plusMonths((long) k * step);
          if (!d.isBefore(maturity)) {
            break;
          }
          dates.add(d);
        }
      } else {
        int day = t.settlementDay().orElseThrow();
        YearMonth m = YearMonth.from(start);
        while (m.getMonthValue() % step != 0 || !onDay(m, day).isAfter(start)) {
          m = m.plusMonths(1);
        }
        for (LocalDate d = onDay(m, day); d.isBefore(maturity); m = m.plusMonths(step), d = onDay(m, day)) {
          dates.add(d);
        }
      }
    }
    dates.add(maturity);
    if (t.method() == RepaymentMethod.EXPLICIT) {
      TreeSet<LocalDate> all = new TreeSet<>(dates);
      t.explicitRepayments().stream().map(PlannedRepayment::date).forEach(all::add);
      return all.toArray(LocalDate[]::new);
    }
    return dates.toArray(LocalDate[]::new);
  }

  private static LocalDate onDay(YearMonth m, int day) {
    return m.atDay(Math.min(day, m.lengthOfMonth()));
  }
}

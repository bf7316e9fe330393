package org.jingzhun.finance.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.loan.InterestFormula;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.PlannedRepayment;

/**
 * 计划还本 — the principal each period is to repay, by repayment method. Every method lets the
 * last period take what is left, so the parts add up to the loan exactly.
 */
final class PlannedPrincipal {
  /**
   * 等额本金: each period's equal part, the loan / the number of periods, is rounded half-up to
   * the fen, as bank statements and the common loan calculators print it; the last period takes
   * the rest.
   */
  static final RoundingMode EQUAL_PART_ROUNDING = RoundingMode.HALF_UP;

  private PlannedPrincipal() {}

  static long[] of(LoanTerms t, LocalDate[] b, AnnualRate[] rates, long[] rateUnits, Trace trace) {
    int n = b.length - 1;
    long p = t.principal().fen();
    long[] due = new long[n];
    switch (t.method()) {
      case INTEREST_THEN_PRINCIPAL -> due[n - 1] = p;
      case EQUAL_PRINCIPAL -> equalParts(p, due);
      case EXPLICIT -> {
        for (PlannedRepayment r : t.explicitRepayments()) {
          int i = java.util.Arrays.binarySearch(b, r.date()) - 1;
          due[i] += r.principal().fen();
        }
      }
      case EQUAL_INSTALMENTS -> equalInstalments(t, b, rates, rateUnits, due, trace);
    }
    return due;
  }

  /**
   * 等额本金: the part of each period but the last, the last taking the rest. Rounding up can
   * make n − 1 parts more than a loan of a few fen over many periods (10 fen in 12 parts of 1):
   * then the periods repay a part each until the loan is repaid, and the rest repay nothing.
   */
  private static void equalParts(long principal, long[] due) {
    int n = due.length;
    long part = Money.ofFen(principal).dividedBy(n, EQUAL_PART_ROUNDING).fen();
    long left = principal;
    for (int i = 0; i < n - 1; i++) {
      due[i] = Math.min(part, left);
      left -= due[i];
    }
    due[n - 1] = left;
  }

  /**
   * 等额本息: the instalment A = P·r / (1 − (1 + r)^−n) with r the period rate (annual rate ×
   * months per period / 12), rounded to the fen by the loan's rounding, recomputed over the
   * remaining periods when the rate changes; each period repays A less its interest (interest
   * by the loan's day count), and the last period repays the rest.
   */
  private static void equalInstalments(LoanTerms t, LocalDate[] b, AnnualRate[] rates, long[] rateUnits, long[] due, Trace trace) {
    int n = due.length;
    long balance = t.principal().fen();
    long instalment = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || !rates[i].equals(rates[i - 1])) {
        instalment = annuity(balance, rates[i], t.frequency().months(), n - i, t.rounding());
        if (trace.isOn()) {
          trace.amount(ScheduleTerms.INSTALMENT, Money.ofFen(instalment));
        }
      }
      if (i == n - 1) {
        due[i] = balance;
        break;
      }
      long days = t.dayCount().days(b[i], b[i + 1], t.anchorDay());
      long interest = InterestFormula.interest(
          Math.multiplyExact(balance, days), rates[i], rateUnits[i], t.dayCount().yearDays(), t.rounding());
      due[i] = Math.min(Math.max(instalment - interest, 0), balance);
      balance -= due[i];
    }
  }

  private static long annuity(long balance, AnnualRate rate, int months, int periods, RoundingMode rounding) {
    BigDecimal r = rate.fraction().multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128);
    if (r.signum() == 0) {
      return Money.ofFen(balance).dividedBy(periods, rounding).fen();
    }
    BigDecimal growth = BigDecimal.ONE.add(r).pow(periods, MathContext.DECIMAL128);
    BigDecimal a = BigDecimal.valueOf(balance).multiply(r).multiply(growth)
        .divide(growth.subtract(BigDecimal.ONE), MathContext.DECIMAL128);
    return a.setScale(0, rounding).longValueExact();
  }
}

package org.jingzhun.finance.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.FloatingRate;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RateReset;
import org.jingzhun.finance.policy.SchemeInForce;

/**
 * 利率路径 — the annual rate of each period: the contract rate, or for a floating loan the
 * LPR in force on the latest reset date on or before the period's start plus the spread (the
 * contract rate before the first reset). A reset inside a period applies from the next one.
 */
final class RatePath {
  private RatePath() {}

  static AnnualRate[] of(LoanTerms t, LocalDate[] boundaries, Optional<PolicyBook> book, Trace trace) {
    int n = boundaries.length - 1;
    AnnualRate[] rates = new AnnualRate[n];
    if (t.floating().isEmpty()) {
      java.util.Arrays.fill(rates, t.rate());
      return rates;
    }
    FloatingRate f = t.floating().get();
    if (book.isEmpty()) {
      throw ValidationException.of("floating", f.tenor(),
          "a floating-rate loan needs a policy book with the LPR: use RepaymentSchedule.of(terms, book)");
    }
    LocalDate reset = null;
    AnnualRate current = t.rate();
    for (int i = 0; i < n; i++) {
      LocalDate latest = latestReset(t, f.reset(), boundaries[i]);
      if (latest != null && !latest.equals(reset)) {
        reset = latest;
        SchemeInForce.require(book.get(), f.tenor().parameter(), t.region(), latest,
            "the " + f.tenor().english() + " a floating rate resets to on " + latest, "");
        Reading lpr = book.get().get(f.tenor().parameter(), t.region(), latest);
        BigDecimal fraction = lpr.rate().fraction().add(BigDecimal.valueOf(f.spreadBasisPoints(), 4));
        if (fraction.signum() < 0) {
          throw ValidationException.of("floating.spreadBasisPoints", f.spreadBasisPoints(),
              "makes the rate negative: LPR " + lpr.rate() + " on " + latest);
        }
        current = AnnualRate.ofFraction(fraction);
        if (trace.isOn()) {
          trace.rule(ScheduleTerms.RESET).parameter(lpr).input(ScheduleTerms.DISBURSEMENT, latest)
              .result(current);
        }
      }
      rates[i] = current;
    }
    return rates;
  }

  /** The latest reset date on or before {@code date}, or null before the first. */
  private static LocalDate latestReset(LoanTerms t, RateReset rule, LocalDate date) {
    LocalDate start = t.disbursementDate();
    LocalDate latest = null;
    if (rule == RateReset.ANNIVERSARY) {
      for (int k = 1; !start.plusYears(k).isAfter(date); k++) {
        latest = start.plusYears(k);
      }
    } else {
      for (int y = start.getYear() + 1; !LocalDate.of(y, 1, 1).isAfter(date); y++) {
        latest = LocalDate.of(y, 1, 1);
      }
    }
    return latest;
  }
}

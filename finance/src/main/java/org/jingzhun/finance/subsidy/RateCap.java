package org.jingzhun.finance.subsidy;

import java.time.LocalDate;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.finance.loan.LoanTerms;

/**
 * The rate up to which a policy subsidises, read from the book on each period's start and
 * kept while the value read stays in force, so a loan reads each parameter value once.
 */
final class RateCap {
  private final SubsidyPolicy policy;
  private final PolicyBook book;
  private final LoanTerms loan;
  private final String parameter;
  private Reading reading;

  RateCap(SubsidyPolicy policy, PolicyBook book, LoanTerms loan) {
    this.policy = policy;
    this.book = book;
    this.loan = loan;
    boolean upToAYear = !loan.maturityDate().isAfter(loan.disbursementDate().plusYears(1));
    boolean upToFiveYears = !loan.maturityDate().isAfter(loan.disbursementDate().plusYears(5));
    this.parameter = switch (policy.subsidisedRate()) {
      case BENCHMARK -> upToAYear ? "finance.benchmark.upTo1y"
          : upToFiveYears ? "finance.benchmark.1to5y" : "finance.benchmark.over5y";
      case LPR -> upToAYear ? "finance.lpr.1y" : "finance.lpr.5y";
      case BANK_RATE, FIXED -> null;
    };
  }

  /** The subsidised rate for a period starting on {@code start} whose bank rate is {@code bankRate}. */
  AnnualRate rate(LocalDate start, AnnualRate bankRate, Trace trace) {
    return switch (policy.subsidisedRate()) {
      case BANK_RATE -> bankRate;
      case FIXED -> bankRate.min(policy.fixedRate().orElseThrow());
      case BENCHMARK, LPR -> bankRate.min(read(start, trace).rate());
    };
  }

  private Reading read(LocalDate date, Trace trace) {
    if (reading == null || !reading.entry().period().contains(date)) {
      reading = book.get(parameter, loan.region(), date);
      trace.parameter(reading);
    }
    return reading;
  }
}

package org.jingzhun.finance.subsidy;

import org.jingzhun.core.policy.ParameterKey;

import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.policy.ParameterValue;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.finance.loan.BenchmarkTerm;
import org.jingzhun.finance.loan.LoanTerms;

/**
 * The rate up to which a policy subsidises, read from the book on each period's start (on the
 * contract date, once, for {@link SubsidisedRate#LPR_AT_CONTRACT}). A
 * reading is kept while the book's answer for the loan's region cannot change: until the value
 * read ends, or until a region between the loan's and the one that answered (say the county,
 * under a national value that never ends) starts a value of its own, whichever is sooner. So a
 * loan reads each parameter value once, and a later county override is seen from its first day.
 */
final class RateCap {
  private final SubsidyPolicy policy;
  private final PolicyBook book;
  private final LoanTerms loan;
  private final ParameterKey<AnnualRate> parameter;
  /** The policy's rate, or its rate for contracts signed after the deadline if this is one. */
  private final SubsidisedRate kind;
  private Reading reading;
  private LocalDate readOn;
  /** The first day the reading may no longer be the book's answer; null if never. */
  private LocalDate validUntil;

  RateCap(SubsidyPolicy policy, PolicyBook book, LoanTerms loan) {
    this.policy = policy;
    this.book = book;
    this.loan = loan;
    BenchmarkTerm term = BenchmarkTerm.of(loan);
    this.kind = signedAfterDeadline(policy, loan) && policy.afterDeadlineRate().isPresent()
        ? policy.afterDeadlineRate().get() : policy.subsidisedRate();
    this.parameter = switch (kind) {
      case BENCHMARK -> term.parameter();
      case LPR, LPR_AT_CONTRACT -> term.lprTenor().parameter();
      case BANK_RATE, FIXED -> null;
    };
  }

  /** The subsidised rate for a period starting on {@code start} whose bank rate is {@code bankRate}. */
  AnnualRate rate(LocalDate start, AnnualRate bankRate, Trace trace) {
    return switch (kind) {
      case BANK_RATE -> bankRate;
      case FIXED -> bankRate.min(policy.fixedRate().orElseThrow());
      case BENCHMARK, LPR -> bankRate.min(read(start, trace).value(parameter));
      case LPR_AT_CONTRACT -> bankRate.min(read(loan.contractDate(), trace).value(parameter));
    };
  }

  /** Whether the loan's contract was signed after the policy's deadline. */
  static boolean signedAfterDeadline(SubsidyPolicy policy, LoanTerms loan) {
    return policy.contractSignedBy().map(d -> loan.contractDate().isAfter(d)).orElse(false);
  }

  private Reading read(LocalDate date, Trace trace) {
    if (reading == null || date.isBefore(readOn) || (validUntil != null && !date.isBefore(validUntil))) {
      reading = book.get(parameter, loan.region(), date);
      readOn = date;
      validUntil = validUntil(reading, date);
      trace.parameter(reading);
    }
    return reading;
  }

  /**
   * The first day after {@code date} on which the book may answer differently for the loan's
   * region: the end of the value read, or the start of a later value of a region below the one
   * that answered; null if neither comes.
   */
  private LocalDate validUntil(Reading r, LocalDate date) {
    LocalDate until = r.entry().until().orElse(null);
    Map<RegionCode, List<ParameterValue>> timelines = r.parameter().timelines();
    for (RegionCode c = loan.region(); !c.equals(r.region()); c = c.parent()) {
      for (ParameterValue v : timelines.getOrDefault(c, List.of())) {
        if (v.from().isAfter(date)) {
          if (until == null || v.from().isBefore(until)) {
            until = v.from();
          }
          break;
        }
      }
    }
    return until;
  }
}

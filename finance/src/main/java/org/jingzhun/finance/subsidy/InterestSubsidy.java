package org.jingzhun.finance.subsidy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.LoanAccrual;

/**
 * 贴息计算 — the subsidy of each period of a loan under a policy, as the loan actually ran:
 *
 * <ol>
 *   <li>the loan must be eligible (contract date, term, leverage), else nothing is paid; a
 *       contract signed after the policy's deadline is eligible only if the policy has terms
 *       for later contracts, and is then subsidised up to the rate those terms name;
 *   <li>interest at the subsidised rate (the bank's rate, capped by the benchmark, the LPR or
 *       a fixed rate) on the principal-days of the capped principal, rounded by the loan's
 *       rounding; times the policy's share, rounded by the policy's rounding: the subsidisable
 *       interest;
 *   <li>subsidy = min(interest charged, subsidisable interest); the borrower pays the rest;
 *   <li>a breach the policy names stops the subsidy from the point the policy says; an
 *       instalment under an approved deferral the policy honours is not overdue before the
 *       deferral ends ({@link DeferralRelief}).
 * </ol>
 *
 * Only periods that ended on or before the calculation date are included.
 */
public final class InterestSubsidy {
  private InterestSubsidy() {}

  /**
   * {@return the loan's subsidy up to {@code date}}
   *
   * @param loan the loan's contract terms
   * @param history what actually happened to the loan: repayments, arrears, write-offs, deferrals
   * @param policy the subsidy policy: rate cap, share, principal cap, eligibility, forfeiture
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the history does not fit the
   *     loan, or the book lacks a rate the policy needs on a period's start
   */
  public static SubsidyStatement compute(LoanTerms loan, LoanHistory history, SubsidyPolicy policy, PolicyBook book, LocalDate date) {
    return compute(loan, history, policy, book, date, Trace.off());
  }

  /**
   * {@return the loan's subsidy up to {@code date}, with each period's working and the parameters
   * read}
   *
   * @param loan the loan's contract terms
   * @param history what actually happened to the loan: repayments, arrears, write-offs, deferrals
   * @param policy the subsidy policy: rate cap, share, principal cap, eligibility, forfeiture
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   */
  public static Explained<SubsidyStatement> explain(LoanTerms loan, LoanHistory history, SubsidyPolicy policy, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(SubsidyTerms.SUBSIDY);
    SubsidyStatement s = compute(loan, history, policy, book, date, trace);
    return new Explained<>(s, trace.explanation());
  }

  static SubsidyStatement compute(LoanTerms loan, LoanHistory history, SubsidyPolicy policy, PolicyBook book, LocalDate date, Trace trace) {
    if (trace.isOn()) {
      trace.input(SubsidyTerms.LOAN, loan.id()).input(SubsidyTerms.POLICY, policy.name()).input(SubsidyTerms.DATE, date);
    }
    LoanAccrual a = LoanAccrual.of(loan, history, Optional.of(book), trace);
    ImmutableList<Ineligibility> ineligible = ineligibility(loan, policy);
    Forfeiture forfeiture = Forfeiture.of(history, policy, a);
    LocalDate forfeit = forfeiture.date().orElse(null);
    PeriodSubsidies periods = new PeriodSubsidies(loan, policy, book, a, ineligible, forfeit, trace);
    ImmutableList.Builder<SubsidyLine> lines = ImmutableList.builderWithExpectedSize(a.periods());
    for (int i = 0; i < a.periods() && !a.end(i).isAfter(date); i++) {
      lines.add(periods.line(i));
    }
    SubsidyStatement s = new SubsidyStatement(loan.id(), loan.bank(), policy.name(), lines.build(), ineligible,
        Optional.ofNullable(forfeit));
    if (trace.isOn()) {
      traceTotals(trace, s, loan, policy, forfeiture);
    }
    return s;
  }

  /** Records why the loan or its periods were not subsidised, and the statement's totals. */
  private static void traceTotals(Trace trace, SubsidyStatement s, LoanTerms loan, SubsidyPolicy policy, Forfeiture forfeiture) {
    s.ineligibility().forEach(r -> trace.note(Term.of(r.name(), r.chinese(), r.english())));
    if (policy.afterDeadlineRate().isPresent() && RateCap.signedAfterDeadline(policy, loan)) {
      trace.note(SubsidyTerms.AFTER_DEADLINE);
    }
    if (forfeiture.deferralsHonoured()) {
      trace.note(SubsidyTerms.DEFERRED);
    }
    if (forfeiture.date().isPresent()) {
      trace.note(SubsidyTerms.FORFEITED);
    }
    trace.amount(SubsidyTerms.INTEREST, s.totalInterest()).amount(SubsidyTerms.BORROWER, s.totalBorrowerShare())
        .result(s.totalSubsidy());
  }

  private static ImmutableList<Ineligibility> ineligibility(LoanTerms loan, SubsidyPolicy policy) {
    boolean late = policy.afterDeadlineRate().isEmpty() && RateCap.signedAfterDeadline(policy, loan);
    boolean tooLong = policy.maxTermMonths()
        .map(m -> loan.maturityDate().isAfter(loan.disbursementDate().plusMonths(m))).orElse(false);
    boolean beyond = policy.requireWithinFundLeverage() && !loan.withinFundLeverage();
    if (!late && !tooLong && !beyond) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Ineligibility> out = ImmutableList.builder();
    if (late) {
      out.add(Ineligibility.CONTRACT_AFTER_DEADLINE);
    }
    if (tooLong) {
      out.add(Ineligibility.TERM_TOO_LONG);
    }
    if (beyond) {
      out.add(Ineligibility.OUTSIDE_FUND_LEVERAGE);
    }
    return out.build();
  }
}

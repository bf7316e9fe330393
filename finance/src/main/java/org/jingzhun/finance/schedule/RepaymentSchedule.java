package org.jingzhun.finance.schedule;

import java.util.List;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;

/**
 * 还款计划表 — a loan's periods with their dates, days, opening principal, interest, principal
 * repaid, payment and closing principal: as planned ({@link #of}) or as it actually ran
 * ({@link #actual}). Principal repaid, prepaid and written off add up to the loan exactly.
 *
 * @param loanId the loan's identifier
 * @param periods the periods in order
 * @param writtenOff the principal written off (核销), zero if none
 */
public record RepaymentSchedule(String loanId, List<SchedulePeriod> periods, Money writtenOff) {

  /**
   * Keeps an unmodifiable copy of {@code periods}.
   *
   * @param loanId the loan's identifier
   * @param periods the periods in order
   * @param writtenOff the principal written off (核销), zero if none
   */
  public RepaymentSchedule {
    periods = List.copyOf(periods);
  }

  /**
   * {@return the planned schedule of a fixed-rate loan}
   *
   * @param terms the loan's contract terms
   */
  public static RepaymentSchedule of(LoanTerms terms) {
    return compute(terms, LoanHistory.none(), Optional.empty(), Trace.off());
  }

  /**
   * {@return the planned schedule; the book supplies the LPR for a floating rate}
   *
   * @param terms the loan's contract terms
   * @param book the policy book whose parameters apply
   */
  public static RepaymentSchedule of(LoanTerms terms, PolicyBook book) {
    return compute(terms, LoanHistory.none(), Optional.of(book), Trace.off());
  }

  /**
   * {@return the planned schedule with how each period was reached}
   *
   * @param terms the loan's contract terms
   * @param book the policy book whose parameters apply
   */
  public static Explained<RepaymentSchedule> explain(LoanTerms terms, PolicyBook book) {
    return explained(ScheduleTerms.SCHEDULE, terms, LoanHistory.none(), book);
  }

  /**
   * {@return the schedule as the loan actually ran: prepayments, late and unpaid instalments and a
   * write-off applied, each period's interest on the principal actually outstanding}
   *
   * @param terms the loan's contract terms
   * @param history what actually happened to the loan: repayments, arrears, write-offs, deferrals
   * @param book the policy book whose parameters apply
   * @throws org.jingzhun.core.validation.ValidationException if the history does not fit the
   *     loan, with paths into the history
   */
  public static RepaymentSchedule actual(LoanTerms terms, LoanHistory history, PolicyBook book) {
    return compute(terms, history, Optional.of(book), Trace.off());
  }

  /**
   * {@return the actual schedule of a fixed-rate loan; see
   * {@link #actual(LoanTerms, LoanHistory, PolicyBook)}}
   *
   * @param terms the loan's contract terms
   * @param history what actually happened to the loan: repayments, arrears, write-offs, deferrals
   */
  public static RepaymentSchedule actual(LoanTerms terms, LoanHistory history) {
    return compute(terms, history, Optional.empty(), Trace.off());
  }

  /**
   * {@return the actual schedule with how each period was reached}
   *
   * @param terms the loan's contract terms
   * @param history what actually happened to the loan: repayments, arrears, write-offs, deferrals
   * @param book the policy book whose parameters apply
   */
  public static Explained<RepaymentSchedule> explainActual(LoanTerms terms, LoanHistory history, PolicyBook book) {
    return explained(ScheduleTerms.ACTUAL, terms, history, book);
  }

  private static Explained<RepaymentSchedule> explained(Term rule, LoanTerms terms, LoanHistory history, PolicyBook book) {
    RecordingTrace trace = Trace.recording(rule);
    RepaymentSchedule s = compute(terms, history, Optional.of(book), trace);
    return new Explained<>(s, trace.explanation());
  }

  /** Computes a schedule, telling {@code trace} how. */
  static RepaymentSchedule compute(LoanTerms terms, LoanHistory history, Optional<PolicyBook> book, Trace trace) {
    if (trace.isOn()) {
      trace.input(ScheduleTerms.PRINCIPAL, terms.principal()).input(ScheduleTerms.RATE, terms.rate())
          .input(ScheduleTerms.DISBURSEMENT, terms.disbursementDate()).input(ScheduleTerms.MATURITY, terms.maturityDate())
          .input(ScheduleTerms.METHOD, terms.method()).input(ScheduleTerms.FREQUENCY, terms.frequency())
          .input(ScheduleTerms.DAY_COUNT, terms.dayCount());
    }
    LoanAccrual a = LoanAccrual.of(terms, history, book, trace);
    ImmutableList.Builder<SchedulePeriod> out = ImmutableList.builderWithExpectedSize(a.periods());
    for (int i = 0; i < a.periods(); i++) {
      SchedulePeriod p = period(a, i);
      out.add(p);
      if (trace.isOn()) {
        trace.rule(ScheduleTerms.PERIOD).input(ScheduleTerms.PERIOD, p.number())
            .input(ScheduleTerms.OPENING, p.openingPrincipal()).input(ScheduleTerms.RATE, p.rate())
            .input(ScheduleTerms.DAYS, p.days()).amount(ScheduleTerms.PRINCIPAL_DAYS, a.principalDays(i))
            .amount(ScheduleTerms.INTEREST, p.interest()).amount(ScheduleTerms.REPAID, p.principal())
            .amount(ScheduleTerms.PREPAID, p.prepaid()).amount(ScheduleTerms.CLOSING, p.closingPrincipal())
            .result(p.status());
      }
    }
    RepaymentSchedule s = new RepaymentSchedule(terms.id(), out.build(), Money.ofFen(a.writtenOffFen()));
    if (trace.isOn()) {
      trace.note(ScheduleTerms.LAST_ABSORBS).amount(ScheduleTerms.WRITTEN_OFF, s.writtenOff())
          .amount(ScheduleTerms.INTEREST, s.totalInterest()).result(s.totalPayment());
    }
    return s;
  }

  private static SchedulePeriod period(LoanAccrual a, int i) {
    long interest = a.interestFen(i);
    long payment = interest + a.principalFen(i) + a.prepaidFen(i);
    return new SchedulePeriod(i + 1, a.start(i), a.end(i), a.days(i), a.rate(i), Money.ofFen(a.openingFen(i)),
        Money.ofFen(interest), Money.ofFen(a.principalFen(i)), Money.ofFen(a.prepaidFen(i)), Money.ofFen(payment),
        Money.ofFen(a.closingFen(i)), a.status(i), a.dueDate(i), a.repaidOn(i));
  }

  /** {@return the interest of every period} */
  public Money totalInterest() {
    return Money.sum(periods.stream().map(SchedulePeriod::interest).toList());
  }

  /** {@return the principal repaid by instalment and by prepayment} */
  public Money totalPrincipalRepaid() {
    return Money.sum(periods.stream().map(p -> p.principal().plus(p.prepaid())).toList());
  }

  /** {@return every payment: interest and principal} */
  public Money totalPayment() {
    return Money.sum(periods.stream().map(SchedulePeriod::payment).toList());
  }
}

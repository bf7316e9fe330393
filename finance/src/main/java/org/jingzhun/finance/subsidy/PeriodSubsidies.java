package org.jingzhun.finance.subsidy;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.InterestFormula;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.LoanAccrual;

/**
 * The subsidy of each period of one loan under one policy, period by period (steps 2 to 4 of
 * {@link InterestSubsidy}): the period's status, its subsidised rate, the interest at that rate
 * on the capped principal-days, the policy's share of it, and the smaller of that and the
 * interest charged. Remembers the last rate converted and the last principal base, so that a
 * run of equal periods converts and allocates them once.
 */
final class PeriodSubsidies {
  private final LoanTerms loan;
  private final SubsidyPolicy policy;
  private final LoanAccrual a;
  private final List<Ineligibility> ineligible;
  private final LocalDate forfeit;
  private final Trace trace;
  private final long cap;
  private final boolean wholeShare;
  private final long shareUnits;
  private final RateCap rateCap;
  private AnnualRate lastRate;
  private long lastUnits;
  private Money lastBase;

  /**
   * @param a the loan's accrual as it ran
   * @param ineligible why the loan is not eligible; empty when it is
   * @param forfeit the day the subsidy is forfeited from, null if it is not
   */
  PeriodSubsidies(LoanTerms loan, SubsidyPolicy policy, PolicyBook book, LoanAccrual a, List<Ineligibility> ineligible,
      LocalDate forfeit, Trace trace) {
    this.loan = loan;
    this.policy = policy;
    this.a = a;
    this.ineligible = ineligible;
    this.forfeit = forfeit;
    this.trace = trace;
    this.cap = policy.principalCap().map(Money::fen).orElse(Long.MAX_VALUE);
    this.wholeShare = policy.wholeShare();
    this.shareUnits = policy.shareUnits();
    this.rateCap = new RateCap(policy, book, loan);
  }

  /** {@return the line of period {@code i}, from 0; traced when the trace is on} */
  SubsidyLine line(int i) {
    long interest = a.interestFen(i);
    AnnualRate bankRate = a.rate(i);
    SubsidyStatus status = status(i);
    AnnualRate subsidisedRate = status == SubsidyStatus.INELIGIBLE ? bankRate : rateCap.rate(a.start(i), bankRate, trace);
    long subsidy = 0;
    long principalDays = 0;
    long atRate = 0;
    if (status == SubsidyStatus.SUBSIDISED || status == SubsidyStatus.PARTLY_FORFEITED) {
      principalDays = status == SubsidyStatus.PARTLY_FORFEITED ? a.principalDays(i, cap, forfeit) : a.principalDays(i, cap);
      atRate = InterestFormula.interest(principalDays, subsidisedRate, units(i, subsidisedRate, bankRate),
          loan.dayCount().yearDays(), loan.rounding());
      long subsidisable = wholeShare ? atRate : InterestFormula.times(atRate, policy.share().value(), shareUnits, policy.rounding());
      subsidy = Math.min(interest, subsidisable);
    }
    Money interestMoney = Money.ofFen(interest);
    Money subsidyMoney = subsidy == interest ? interestMoney : Money.ofFen(subsidy);
    SubsidyLine line = new SubsidyLine(i + 1, a.start(i), a.end(i), a.days(i), base(i),
        bankRate, subsidisedRate, interestMoney, subsidyMoney, Money.ofFen(interest - subsidy), status);
    if (trace.isOn()) {
      trace.rule(SubsidyTerms.PERIOD).input(SubsidyTerms.PRINCIPAL_BASE, line.principalBase())
          .input(SubsidyTerms.BANK_RATE, bankRate).input(SubsidyTerms.INTEREST, line.interest())
          .amount(SubsidyTerms.SUBSIDISED_RATE, subsidisedRate).amount(SubsidyTerms.PRINCIPAL_DAYS, principalDays)
          .amount(SubsidyTerms.AT_SUBSIDISED_RATE, Money.ofFen(atRate)).amount(SubsidyTerms.SHARE, policy.share())
          .note(SubsidyTerms.SMALLER).amount(SubsidyTerms.SUBSIDY_AMOUNT, line.subsidy())
          .amount(SubsidyTerms.BORROWER, line.borrowerShare()).result(status);
    }
    return line;
  }

  /** {@return the subsidised rate in units of 10⁻⁸, converted once for a run of equal rates} */
  private long units(int i, AnnualRate subsidisedRate, AnnualRate bankRate) {
    if (subsidisedRate != lastRate) {
      lastRate = subsidisedRate;
      // the bank's rate was converted by the accrual already
      lastUnits = subsidisedRate == bankRate ? a.rateUnits(i) : InterestFormula.rateUnits(subsidisedRate);
    }
    return lastUnits;
  }

  /**
   * {@return the principal subsidised at the start of period {@code i}: the opening principal,
   * capped}; equal amounts share one Money (immutable): fewer allocations per line, same values
   */
  private Money base(int i) {
    long base = Math.min(a.openingFen(i), cap);
    if (lastBase == null || lastBase.fen() != base) {
      lastBase = Money.ofFen(base);
    }
    return lastBase;
  }

  /** {@return whether period {@code i} is subsidised, in part or not at all, and why} */
  private SubsidyStatus status(int i) {
    if (!ineligible.isEmpty()) {
      return SubsidyStatus.INELIGIBLE;
    }
    if (forfeit == null) {
      return SubsidyStatus.SUBSIDISED;
    }
    return switch (policy.forfeitFrom()) {
      case WHOLE_LOAN -> SubsidyStatus.FORFEITED;
      case PERIOD_START -> forfeit.isBefore(a.end(i)) ? SubsidyStatus.FORFEITED : SubsidyStatus.SUBSIDISED;
      case BREACH_DATE -> !forfeit.isAfter(a.start(i)) ? SubsidyStatus.FORFEITED
          : forfeit.isBefore(a.end(i)) ? SubsidyStatus.PARTLY_FORFEITED : SubsidyStatus.SUBSIDISED;
    };
  }
}

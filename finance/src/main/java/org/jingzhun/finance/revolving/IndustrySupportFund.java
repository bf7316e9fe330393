package org.jingzhun.finance.revolving;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.policy.SchemeInForce;

/**
 * 产业扶持周转金 — a fund lending interest-free to households for production, each household
 * owing at most the loan limit at a time, each loan for at most the maximum term; repaid
 * principal is lent again. Built only if every loan keeps to the limits and the fund never
 * lends money it does not hold.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndustrySupportFund.class)
@JsonDeserialize(as = ImmutableIndustrySupportFund.class)
public abstract class IndustrySupportFund {

  /** {@return the fund's name} */
  public abstract String name();

  /** {@return 单户借款上限 — the most one household may owe at a time} */
  public abstract Money loanLimit();

  /** {@return 借款期限上限 in months} */
  public abstract int maxTermMonths();

  /** {@return every capital injection, in order} */
  public abstract List<CapitalInjection> capital();

  /** {@return every loan from the fund, in order} */
  public abstract List<FundLoan> loans();

  /** {@return every repayment, in order} */
  public abstract List<FundRepayment> repayments();

  /** {@return a builder of a new {@link IndustrySupportFund}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder with the limit and term read from {@code book} for {@code region} on
   * {@code date} (Sichuan's poor-village industry support fund, measures of 2017-05-09: 10,000
   * yuan, 3 years; Tongjiang's 2015 fund: 5,000, 2 years)} The limits are a province's or a
   * county's: the book has no national value.
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the book has no limit for the
   *     region on the date (the message says where it has one and how to set the region's own)
   */
  public static Builder builderFromPolicy(PolicyBook book, RegionCode region, LocalDate date) {
    SchemeInForce.require(book, RevolvingParameters.INDUSTRY_LOAN_LIMIT, region, date,
        "the industry-support revolving fund rule (产业扶持周转金)",
        "They are set by a province or a county: set finance.revolving.industry.loanLimit and maxTermYears for the"
            + " region in an overlay, or give the limits in full (IndustrySupportFund.builder())");
    Builder b = new Builder();
    b.loanLimit(book.value(RevolvingParameters.INDUSTRY_LOAN_LIMIT, region, date))
        .maxTermMonths(12 * book.value(RevolvingParameters.INDUSTRY_MAX_TERM_YEARS, region, date));
    return b;
  }

  /** Builds a fund; {@code build()} reports every loan that breaks a limit at once. */
  public static final class Builder extends ImmutableIndustrySupportFund.Builder {}

  /**
   * {@return the fund on {@code date} (every movement on or before it)}
   *
   * @param date the day whose rules apply
   */
  public final RevolvingPosition position(LocalDate date) {
    return position(date, Trace.off());
  }

  /**
   * {@return the fund on {@code date}, with how each amount was reached}
   *
   * @param date the day whose rules apply
   */
  public final Explained<RevolvingPosition> explainPosition(LocalDate date) {
    RecordingTrace trace = Trace.recording(RevolvingTerms.POSITION);
    RevolvingPosition p = position(date, trace);
    return new Explained<>(p, trace.explanation());
  }

  private RevolvingPosition position(LocalDate date, Trace trace) {
    long capital = FundBook.sum(capital(), date);
    RepaymentIndex repayments = RepaymentIndex.of(repayments());
    long lent = 0;
    long repaid = 0;
    ImmutableList.Builder<LoanPosition> open = ImmutableList.builder();
    for (FundLoan l : loans()) {
      if (l.date().isAfter(date)) {
        continue;
      }
      long back = repayments.repaidBy(l.id(), date);
      lent += l.amount().fen();
      repaid += back;
      if (back < l.amount().fen()) {
        open.add(new LoanPosition(l.id(), l.borrower(), l.amount(), Money.ofFen(back), Money.ofFen(l.amount().fen() - back),
            l.dueDate(), date.isAfter(l.dueDate())));
      }
    }
    RevolvingPosition p = new RevolvingPosition(date, Money.ofFen(capital), Money.ofFen(lent), Money.ofFen(repaid),
        Money.ofFen(capital - lent + repaid), Money.ofFen(lent - repaid), open.build());
    if (trace.isOn()) {
      trace.amount(RevolvingTerms.CAPITAL, p.capital()).amount(RevolvingTerms.LENT, p.lent())
          .amount(RevolvingTerms.REPAID, p.repaid()).amount(RevolvingTerms.OUTSTANDING, p.outstanding())
          .amount(RevolvingTerms.OVERDUE, p.overdue()).result(p.cash());
    }
    return p;
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("name", name());
    if (v.require("loanLimit", loanLimit())) {
      v.check(loanLimit().isPositive(), "loanLimit", loanLimit(), "must be more than zero");
    }
    v.check(maxTermMonths() >= 1, "maxTermMonths", maxTermMonths(), "must be at least one month");
    long[] earlierDebt = EarlierDebt.of(loans(), RepaymentIndex.of(repayments()));
    for (int i = 0; i < loans().size(); i++) {
      FundLoan l = loans().get(i);
      if (l.dueDate().isAfter(l.date().plusMonths(maxTermMonths()))) {
        v.add(FieldPath.join(FieldPath.index("loans", i), "dueDate"), l.dueDate(),
            "is beyond the maximum term of " + maxTermMonths() + " months");
      }
      long owed = l.amount().fen() + earlierDebt[i];
      if (loanLimit() != null && owed > loanLimit().fen()) {
        v.add(FieldPath.join(FieldPath.index("loans", i), "amount"), l.amount(),
            "brings household " + l.borrower() + "'s debt to " + Money.ofFen(owed) + ", above the limit " + loanLimit());
      }
    }
    FundBook.check(v, Money.ZERO, capital(), loans(), repayments());
    v.throwIfAny();
  }

  /**
   * {@return the households with a loan open on {@code date} and what each owes}
   *
   * @param date the day whose rules apply
   */
  public final Map<String, Money> owedByHousehold(LocalDate date) {
    Map<String, Money> out = new TreeMap<>();
    position(date).openLoans().forEach(l -> out.merge(l.borrower(), l.outstanding(), Money::plus));
    return ImmutableMap.copyOf(out);
  }
}

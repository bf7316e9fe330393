package org.jingzhun.finance.revolving;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.loan.InterestFormula;

/**
 * 村级发展互助资金 — a village fund of government capital and members' capital, lending to
 * members within the rules (first loan up to the first-loan limit, later ones up to the
 * maximum, each for at most the maximum term), charging a usage fee (占用费) on the principal
 * outstanding day by day, part of which is subsidised for poor members.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMutualAidFund.class)
@JsonDeserialize(as = ImmutableMutualAidFund.class)
public abstract class MutualAidFund {

  /** {@return the village, by name or code} */
  public abstract String village();

  /** {@return the fund's rules: loan limits, term, usage fee and the poor members' fee subsidy} */
  public abstract MutualAidRules rules();

  /** {@return 财政扶持资金 — government capital put in} */
  public abstract List<CapitalInjection> governmentCapital();

  /** {@return the members, each with the capital paid in} */
  public abstract List<Member> members();

  /** {@return loans; {@code borrower} is a member's id} */
  public abstract List<FundLoan> loans();

  /** {@return every repayment, in order} */
  public abstract List<FundRepayment> repayments();

  /** {@return a builder of a new {@link MutualAidFund}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a fund; {@code build()} reports every loan that breaks a rule at once. */
  public static final class Builder extends ImmutableMutualAidFund.Builder {}

  /**
   * {@return the fund's statement for calendar year {@code year}}
   *
   * @param year the calendar year
   */
  public final MutualAidStatement statement(int year) {
    return statement(year, Trace.off());
  }

  /**
   * {@return the statement with each loan's fee worked}
   *
   * @param year the calendar year
   */
  public final Explained<MutualAidStatement> explainStatement(int year) {
    RecordingTrace trace = Trace.recording(RevolvingTerms.STATEMENT);
    MutualAidStatement s = statement(year, trace);
    return new Explained<>(s, trace.explanation());
  }

  private MutualAidStatement statement(int year, Trace trace) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    LocalDate last = to.minusDays(1);
    Map<String, Member> byId = new HashMap<>();
    members().forEach(m -> byId.put(m.id(), m));
    long rateUnits = InterestFormula.rateUnits(rules().usageFeeRate());
    long feeSubsidyUnits = InterestFormula.factorUnits(rules().poorMemberFeeSubsidy().value());
    int made = 0;
    long lent = 0;
    long lentToDate = 0;
    RepaymentIndex repaid = RepaymentIndex.of(repayments());
    ImmutableList.Builder<FeeLine> fees = ImmutableList.builder();
    long feeTotal = 0;
    long subsidyTotal = 0;
    for (FundLoan l : loans()) {
      if (l.date().isAfter(last)) {
        continue;
      }
      lentToDate += l.amount().fen();
      if (!l.date().isBefore(from)) {
        made++;
        lent += l.amount().fen();
      }
      long principalDays = principalDays(l, repaid.of(l.id()), from, to);
      if (principalDays > 0) {
        FeeLine line = fee(l, byId.get(l.borrower()), principalDays, rateUnits, feeSubsidyUnits, trace);
        fees.add(line);
        feeTotal += line.fee().fen();
        subsidyTotal += line.subsidised().fen();
      }
    }
    long repaidToDate = repaid(LocalDate.MIN, last);
    long repaidInYear = repaid(from, last);
    long memberCapital = members().stream().mapToLong(m -> m.capital().fen()).sum();
    long government = FundBook.sum(governmentCapital(), last);
    MutualAidStatement s = new MutualAidStatement(year, Money.ofFen(memberCapital), Money.ofFen(government), made,
        Money.ofFen(lent), Money.ofFen(repaidInYear), Money.ofFen(feeTotal), Money.ofFen(subsidyTotal),
        Money.ofFen(feeTotal - subsidyTotal), Money.ofFen(lentToDate - repaidToDate),
        Money.ofFen(memberCapital + government - lentToDate + repaidToDate), fees.build());
    if (trace.isOn()) {
      trace.amount(RevolvingTerms.CAPITAL, s.governmentCapital()).amount(RevolvingTerms.LENT, s.lent())
          .amount(RevolvingTerms.REPAID, s.repaid()).amount(RevolvingTerms.FEE, s.usageFees())
          .amount(RevolvingTerms.FEE_SUBSIDY, s.feeSubsidy()).amount(RevolvingTerms.OUTSTANDING, s.outstandingAtYearEnd())
          .result(s.cashAtYearEnd());
    }
    return s;
  }
  /** {@return loan {@code l}'s usage fee for {@code principalDays}, and the part subsidised for a poor member} */
  private FeeLine fee(FundLoan l, Member m, long principalDays, long rateUnits, long feeSubsidyUnits, Trace trace) {
    long fee = InterestFormula.interest(principalDays, rules().usageFeeRate(), rateUnits, rules().dayCount().yearDays(), rules().feeRounding());
    long subsidised = m.poor()
        ? InterestFormula.times(fee, rules().poorMemberFeeSubsidy().value(), feeSubsidyUnits, rules().feeRounding()) : 0;
    FeeLine line = new FeeLine(l.id(), m.id(), m.poor(), principalDays, Money.ofFen(fee), Money.ofFen(subsidised), Money.ofFen(fee - subsidised));
    if (trace.isOn()) {
      trace.rule(RevolvingTerms.FEE).input(RevolvingTerms.LOAN, l.id()).input(RevolvingTerms.FEE_RATE, rules().usageFeeRate())
          .amount(RevolvingTerms.PRINCIPAL_DAYS, principalDays).amount(RevolvingTerms.FEE, line.fee())
          .amount(RevolvingTerms.FEE_SUBSIDY, line.subsidised()).result(line.memberPays());
    }
    return line;
  }

  /** {@return the principal repaid from {@code from} to {@code last}, both included, in fen} */
  private long repaid(LocalDate from, LocalDate last) {
    long fen = 0;
    for (FundRepayment r : repayments()) {
      if (!r.date().isAfter(last) && !r.date().isBefore(from)) {
        fen += r.amount().fen();
      }
    }
    return fen;
  }


  /** Σ outstanding principal (fen) × days of {@code loan} within [from, to), given its repayments in date order. */
  private long principalDays(FundLoan loan, List<FundRepayment> own, LocalDate from, LocalDate to) {
    long balance = loan.amount().fen();
    LocalDate cursor = loan.date();
    long total = 0;
    for (FundRepayment r : own) {
      total += balance * overlapDays(cursor, r.date(), from, to);
      balance -= r.amount().fen();
      cursor = r.date();
    }
    return total + balance * overlapDays(cursor, to, from, to);
  }

  private long overlapDays(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
    LocalDate s = start.isAfter(from) ? start : from;
    LocalDate e = end.isBefore(to) ? end : to;
    return e.isAfter(s) ? rules().dayCount().days(s, e) : 0;
  }

  /** Checks loan {@code i} against the amount and term limits; messages are built only for a loan that breaks one. */
  private void checkLimits(Violations v, int i, FundLoan l, boolean first) {
    Money limit = first ? rules().firstLoanLimit() : rules().maxLoan();
    if (l.amount().isGreaterThan(limit)) {
      v.add(FieldPath.join(FieldPath.index("loans", i), "amount"), l.amount(),
          "is above the " + (first ? "first-loan limit " : "maximum loan ") + limit);
    }
    if (l.dueDate().isAfter(l.date().plusMonths(rules().maxTermMonths()))) {
      v.add(FieldPath.join(FieldPath.index("loans", i), "dueDate"), l.dueDate(),
          "is beyond the maximum term of " + rules().maxTermMonths() + " months");
    }
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
    v.require("village", village());
    v.require("rules", rules());
    Map<String, Integer> loansSoFar = new HashMap<>();
    Map<String, Boolean> members = new HashMap<>();
    for (int i = 0; i < members().size(); i++) {
      v.check(members.put(members().get(i).id(), true) == null, FieldPath.join(FieldPath.index("members", i), "id"),
          members().get(i).id(), "the same member is listed twice");
    }
    // loans in date order (one day's in the order given), each known by its index
    List<Integer> inOrder = IntStream.range(0, loans().size()).boxed()
        .sorted(Comparator.comparing(i -> loans().get(i).date())).toList();
    for (int i : inOrder) {
      FundLoan l = loans().get(i);
      if (!members.containsKey(l.borrower())) {
        v.add(FieldPath.join(FieldPath.index("loans", i), "borrower"), l.borrower(), "only members may borrow");
        continue;
      }
      if (rules() != null) {
        checkLimits(v, i, l, loansSoFar.merge(l.borrower(), 1, Integer::sum) == 1);
      }
    }
    long memberCapital = members().stream().mapToLong(m -> m.capital().fen()).sum();
    FundBook.check(v, Money.ofFen(memberCapital), governmentCapital(), loans(), repayments());
    v.throwIfAny();
  }
}

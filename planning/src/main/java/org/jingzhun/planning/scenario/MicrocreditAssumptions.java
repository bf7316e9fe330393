package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.RepaymentMethod;

/**
 * 扶贫小额信贷假设 — the researcher's stated assumptions about poverty microcredit in a campaign:
 * how many eligible households borrow, how much, for how long, repaid how, and what the loan's
 * business earns. None has a default: the researcher states them. The policy itself (lent at the
 * benchmark rate for the term, interest subsidised under {@code finance.microcredit.*}) comes
 * from the policy book.
 *
 * <p>Each year of the run, a registered poor household (not exited) with at least one member able
 * to work (full or partial labour capacity), with no loan outstanding and none defaulted, takes a
 * loan with chance {@link #takeUpShare()}, drawn from the household's own random stream of that
 * year after its shocks. The loan is paid out on {@link #disbursementDay()} of that year for
 * {@link #termYears()} years, at the benchmark rate for its term, settled on the anniversary of
 * the payout. A household may borrow again once every period of its loan has settled.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMicrocreditAssumptions.class)
@JsonDeserialize(as = ImmutableMicrocreditAssumptions.class)
public abstract class MicrocreditAssumptions {

  /**
   * {@return 贷款参与率 — the chance, per year, that an eligible household without a loan takes one; a
   * decimal of at most {@value Assumptions#RATE_DIGITS} places, drawn exactly like a shock rate}
   */
  public abstract Share takeUpShare();

  /** {@return 贷款额度 — the principal of every loan, more than zero} */
  public abstract Money principal();

  /** {@return 贷款期限 — the term of every loan in whole years, at least one} */
  public abstract int termYears();

  /**
   * {@return 放款日 — the day of the year on which loans are paid out; not after the evaluation day,
   * so that a loan taken in a year is paid out within that year's evaluation}
   */
  public abstract MonthDay disbursementDay();

  /** {@return 还款方式 — how the principal is repaid (not an explicit schedule)} */
  public abstract RepaymentMethod repayment();

  /** {@return 结息周期 — how often interest and instalments fall due} */
  public abstract Frequency frequency();

  /**
   * {@return 贷款收益率 — the net income the loan's business adds each year of the term, as a fraction
   * of the principal (0.1: 5,000 a year on 50,000), after any interest the household itself pays;
   * zero or more, the yearly amount rounded half-up to the fen} Added to business income in each of
   * the {@link #termYears()} years from the year of the loan, until a default.
   */
  public abstract BigDecimal businessReturn();

  /**
   * {@return 违约率 — the chance, per year of its term, that a loan not yet defaulted defaults;
   * absent: no defaults} A loan that defaults in a year is not repaid from its payout day that
   * year: every instalment of principal falling due from then on is left unpaid (the interest
   * subsidy is forfeited from the first, as the policy says for overdue loans), the business adds
   * nothing from that year, and the household borrows no more. Defaults go through nothing else (no
   * risk fund or loss sharing) in this version.
   */
  public abstract Optional<Share> defaultRate();

  /** {@return a builder of a new {@link MicrocreditAssumptions}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds microcredit assumptions; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableMicrocreditAssumptions.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    Assumptions.rate(v, "takeUpShare", takeUpShare());
    if (v.require("principal", principal())) {
      v.check(principal().isPositive(), "principal", principal(), "must be more than zero");
    }
    v.check(termYears() >= 1, "termYears", termYears(), "must be at least one year");
    v.require("disbursementDay", disbursementDay());
    if (v.require("repayment", repayment())) {
      v.check(repayment() != RepaymentMethod.EXPLICIT, "repayment", repayment(),
          "an explicit schedule cannot be assumed for every loan; choose a repayment method");
    }
    v.require("frequency", frequency());
    if (v.require("businessReturn", businessReturn())) {
      v.check(businessReturn().signum() >= 0, "businessReturn", businessReturn().toPlainString(),
          "may not be negative (model a failed business as a default)");
    }
    defaultRate().ifPresent(rate -> Assumptions.rate(v, "defaultRate", rate));
    v.throwIfAny();
  }
}

package org.jingzhun.examples.finance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.risk.LoanDefault;
import org.jingzhun.finance.risk.LossAllocation;
import org.jingzhun.finance.risk.RiskSharingAgreement;

/**
 * 损失分担请求 — a defaulted loan, the risk-sharing agreement it falls under, the risk fund's
 * balance (what the fund can pay at most) and what the agreement has already shared this
 * calendar year (for a yearly cap; zero unless stated).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLossRequest.class)
@JsonDeserialize(as = ImmutableLossRequest.class)
public abstract class LossRequest {

  public abstract RiskSharingAgreement agreement();

  public abstract LoanDefault defaultedLoan();

  /** 风险补偿金余额 — the fund's balance when the loss is shared. */
  public abstract Money fundBalance();

  /** 本年已补偿 — covered losses already shared this calendar year. */
  @Value.Default
  public Money coveredThisYear() {
    return Money.ZERO;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableLossRequest.Builder {}

  /**
   * The split of the loss.
   *
   * @throws ValidationException at {@code fundBalance} or {@code coveredThisYear} if negative
   */
  public LossAllocation compute() {
    return LossAllocation.allocate(agreement(), defaultedLoan(), fundBalance(), coveredThisYear());
  }

  /** The split with how it was reached; see {@link #compute}. */
  public Explained<LossAllocation> explain() {
    return LossAllocation.explain(agreement(), defaultedLoan(), fundBalance(), coveredThisYear());
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("agreement", agreement());
    v.require("defaultedLoan", defaultedLoan());
    v.require("fundBalance", fundBalance());
    v.require("coveredThisYear", coveredThisYear());
    v.throwIfAny();
  }
}

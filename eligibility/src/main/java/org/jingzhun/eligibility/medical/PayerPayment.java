package org.jingzhun.eligibility.medical;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 支付金额 — what one payer pays of a bill, and the deductible it counted. */
@Value.Immutable
@JsonSerialize(as = ImmutablePayerPayment.class)
@JsonDeserialize(as = ImmutablePayerPayment.class)
public abstract class PayerPayment {

  /** {@return who paid (the patient is a payer too)} */
  public abstract Payer payer();

  /** {@return the amount paid} */
  public abstract Money amount();

  /** {@return the deductible applied to this bill (add it to the year's deductible met)} */
  @Value.Default
  public Money deductibleApplied() {
    return Money.ZERO;
  }

  /** {@return a builder of a new {@link PayerPayment}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a payment. */
  public static final class Builder extends ImmutablePayerPayment.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("payer", payer());
    if (v.require("amount", amount())) {
      v.check(!amount().isNegative(), "amount", amount(), "may not be negative");
    }
    v.throwIfAny();
  }
}

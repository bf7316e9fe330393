package org.jingzhun.finance.medicalfund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 基金收入 — money received by the fund: its day, its source and amount, and the voucher it is booked on. */
@Value.Immutable
@JsonSerialize(as = ImmutableFundReceipt.class)
@JsonDeserialize(as = ImmutableFundReceipt.class)
public abstract class FundReceipt {

  /** {@return the day received} */
  public abstract LocalDate date();

  /** {@return the source, whose sub-ledger it is credited to} */
  public abstract FundSource source();

  /** {@return the amount, more than zero} */
  public abstract Money amount();

  /** {@return the voucher or document it is booked on, if given} */
  public abstract Optional<String> reference();

  /** {@return a builder of a new {@link FundReceipt}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a receipt. */
  public static final class Builder extends ImmutableFundReceipt.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("date", date());
    v.require("source", source());
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "收入须大于零 / a receipt must be more than zero");
    }
    v.throwIfAny();
  }
}

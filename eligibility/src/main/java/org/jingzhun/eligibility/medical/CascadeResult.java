package org.jingzhun.eligibility.medical;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 一站式结算结果 — what each payer pays of a bill, in cascade order, and what the household pays;
 * the payments and the household's share add up to the bill's total exactly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCascadeResult.class)
@JsonDeserialize(as = ImmutableCascadeResult.class)
public abstract class CascadeResult {

  /** {@return the bill's total} */
  public abstract Money total();

  /** {@return what each payer paid, in the order of the cascade} */
  public abstract List<PayerPayment> payments();

  /** {@return 个人自付 — what the household pays} */
  public abstract Money household();

  /** {@return the personal-share cap that applied, if any} */
  public abstract Optional<Money> personalShareCap();

  /** {@return a builder of a new {@link CascadeResult}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a result. */
  public static final class Builder extends ImmutableCascadeResult.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("total", total()) && v.require("household", household())) {
      Money sum = household();
      for (PayerPayment p : payments()) {
        sum = sum.plus(p.amount());
      }
      v.check(sum.equals(total()), "payments", sum, "payments and the household's share must add up to the total " + total());
      v.check(!household().isNegative(), "household", household(), "may not be negative");
    }
    v.throwIfAny();
  }
}

package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 家庭年收入 — a household's gross income for a year by source, and its production costs.
 * Net income ({@link #net()}) = the four sources − production costs; it may be negative in a
 * bad year. Each source and the costs are annual amounts, never negative.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIncome.class)
@JsonDeserialize(as = ImmutableIncome.class)
public abstract class Income {

  /** {@return 工资性收入 — wages} */
  @Value.Default
  public Money wages() {
    return Money.ZERO;
  }

  /** {@return 生产经营性收入 — farming and business income, gross} */
  @Value.Default
  public Money business() {
    return Money.ZERO;
  }

  /** {@return 财产性收入 — rent, dividends, interest} */
  @Value.Default
  public Money property() {
    return Money.ZERO;
  }

  /** {@return 转移性收入 — transfers received (pensions, subsidies, remittances)} */
  @Value.Default
  public Money transfers() {
    return Money.ZERO;
  }

  /** {@return 生产经营费用支出 — production costs} */
  @Value.Default
  public Money productionCosts() {
    return Money.ZERO;
  }

  /** {@return gross income: the sum of the four sources} */
  public final Money gross() {
    return wages().plus(business()).plus(property()).plus(transfers());
  }

  /** {@return 纯收入 — net income: gross income minus production costs} */
  public final Money net() {
    return gross().minus(productionCosts());
  }

  /** {@return an income with nothing in it} */
  public static Income none() {
    return builder().build();
  }

  /** {@return a builder of a new {@link Income}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an income; {@code build()} reports every bad amount at once. */
  public static final class Builder extends ImmutableIncome.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    nonNegative(v, "wages", wages());
    nonNegative(v, "business", business());
    nonNegative(v, "property", property());
    nonNegative(v, "transfers", transfers());
    nonNegative(v, "productionCosts", productionCosts());
    v.throwIfAny();
  }

  private static void nonNegative(Violations v, String path, Money amount) {
    if (v.require(path, amount)) {
      v.check(!amount.isNegative(), path, amount, "an annual amount may not be negative");
    }
  }
}

package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 利益联结收入明细 — the part of a household's yearly income that comes from the district's linked
 * sources ({@link LinkedIncomeSource}), each an annual amount inside one of the four statistical
 * sources of its {@link Income}: the income refuses a breakdown larger than its source.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLinkedIncome.class)
@JsonDeserialize(as = ImmutableLinkedIncome.class)
public abstract class LinkedIncome {

  /** {@return 入股分红 — dividends on shares in cooperatives and enterprises, part of property income} */
  @Value.Default
  public Money dividends() {
    return Money.ZERO;
  }

  /** {@return 订单收购 — produce sold under purchase orders, part of business income (gross)} */
  @Value.Default
  public Money orderPurchasing() {
    return Money.ZERO;
  }

  /** {@return 集体资产收益 — rent and shares from collective assets, part of property income} */
  @Value.Default
  public Money collectiveAssets() {
    return Money.ZERO;
  }

  /** {@return 公益性岗位/生态护林员 — pay for public-welfare and ranger posts, part of wages} */
  @Value.Default
  public Money publicWelfareJobs() {
    return Money.ZERO;
  }

  /**
   * {@return the amount from {@code source}}
   *
   * @param source a linked source
   */
  public final Money amount(LinkedIncomeSource source) {
    return switch (source) {
      case DIVIDENDS -> dividends();
      case ORDER_PURCHASING -> orderPurchasing();
      case COLLECTIVE_ASSETS -> collectiveAssets();
      case PUBLIC_WELFARE_JOBS -> publicWelfareJobs();
    };
  }

  /**
   * {@return the sum of the linked sources that are part of {@code source}}
   *
   * @param source a statistical source
   */
  public final Money within(IncomeSource source) {
    Money sum = Money.ZERO;
    for (LinkedIncomeSource linked : LinkedIncomeSource.values()) {
      if (linked.statisticalSource() == source) {
        sum = sum.plus(amount(linked));
      }
    }
    return sum;
  }

  /** {@return a breakdown with nothing in it} */
  public static LinkedIncome none() {
    return builder().build();
  }

  /** {@return a builder of a new {@link LinkedIncome}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a breakdown; {@code build()} reports every bad amount at once. */
  public static final class Builder extends ImmutableLinkedIncome.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    for (LinkedIncomeSource source : LinkedIncomeSource.values()) {
      Income.nonNegative(v, source.field(), amount(source));
    }
    v.throwIfAny();
  }
}

package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;

/** 金额差异 — an amount in the baseline and in the reform; the change is reform − baseline, exact. */
@Value.Immutable
@JsonSerialize(as = ImmutableMoneyDifference.class)
@JsonDeserialize(as = ImmutableMoneyDifference.class)
public abstract class MoneyDifference {

  /** {@return the baseline's amount} */
  @Value.Parameter
  public abstract Money baseline();

  /** {@return the reform's amount} */
  @Value.Parameter
  public abstract Money reform();

  /** {@return reform − baseline} */
  public final Money change() {
    return reform().minus(baseline());
  }

  /**
   * {@return the difference between {@code baseline} and {@code reform}}
   *
   * @param baseline the baseline's amount
   * @param reform the reform's amount
   */
  public static MoneyDifference of(Money baseline, Money reform) {
    return ImmutableMoneyDifference.of(baseline, reform);
  }
}

package org.jingzhun.planning.funding;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.eligibility.housing.BuildMode;
import org.jingzhun.eligibility.housing.HousingFund;

/**
 * 巴山新居聚居点 — a settlement to be funded: its households by build mode, and what each pooled
 * housing fund has available for it. {@link SettlementFundingPlan#draw} plans its funding.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSettlement.class)
@JsonDeserialize(as = ImmutableSettlement.class)
public abstract class Settlement {
  /** {@return the number of households building under each mode; a mode not named has none} */
  public abstract Map<BuildMode, Integer> households();

  /** {@return the amount each pooled fund has available; a fund not named has none} */
  public abstract Map<HousingFund, Money> available();

  /** {@return a builder of a new {@link Settlement}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a settlement; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableSettlement.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    households().forEach((mode, count) -> v.check(count >= 0, "households." + mode, count,
        "户数不能为负 / a number of households may not be negative"));
    available().forEach((fund, amount) -> v.check(!amount.isNegative(), "available." + fund, amount,
        "可用资金不能为负 / an amount available may not be negative"));
    v.throwIfAny();
  }
}

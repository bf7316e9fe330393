package org.jingzhun.eligibility.identification;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 贫困识别结果 — whether a household is identified as poor, its category, the reasons, the
 * guarantees it lacks, the figures compared, and the monitoring category of a household that
 * is not poor but at risk.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIdentification.class)
@JsonDeserialize(as = ImmutableIdentification.class)
public abstract class Identification {

  /** {@return whether the household is identified as poor} */
  public abstract boolean poor();

  /** {@return the category of a poor household; empty when not poor} */
  public abstract Optional<PovertyCategory> category();

  /** {@return the reasons, in the order the rule weighed them} */
  public abstract List<IdentificationReason> reasons();

  /** {@return the guarantees the household lacks} */
  public abstract Set<GuaranteeDeficit> deficits();

  /** {@return 人均纯收入 — per-capita net income, rounded half-up to the fen (for display)} */
  public abstract Money perCapitaNetIncome();

  /** {@return the identification line used, per person per year} */
  public abstract Money line();

  /** {@return the monitoring category of a household not identified as poor, if at risk} */
  public abstract Optional<MonitoringCategory> monitoring();

  /** {@return a builder of a new {@link Identification}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a result; {@code build()} reports every inconsistency at once. */
  public static final class Builder extends ImmutableIdentification.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("perCapitaNetIncome", perCapitaNetIncome());
    v.require("line", line());
    v.check(poor() == category().isPresent(), "category", category().orElse(null), "a category is given exactly when the household is poor");
    v.check(!poor() || monitoring().isEmpty(), "monitoring", monitoring().orElse(null), "a poor household is not a monitoring case");
    v.throwIfAny();
  }
}

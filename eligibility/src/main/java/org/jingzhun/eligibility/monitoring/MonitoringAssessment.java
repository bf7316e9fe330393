package org.jingzhun.eligibility.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 监测结果 — whether a household is monitored for a return to poverty, as which type and why,
 * with the figures compared: its per-capita net income against the year's threshold, and its
 * rigid spending against the trigger.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonitoringAssessment.class)
@JsonDeserialize(as = ImmutableMonitoringAssessment.class)
public abstract class MonitoringAssessment {

  /** {@return whether the household is monitored} */
  public abstract boolean monitored();

  /** {@return the type of monitored household; empty when not monitored} */
  public abstract Optional<MonitoringType> type();

  /** {@return why it is monitored, in the order tested; empty when not monitored} */
  public abstract List<MonitoringReason> reasons();

  /** {@return the household's per-capita net income} */
  public abstract Money perCapitaNetIncome();

  /** {@return the year's monitoring threshold a person} */
  public abstract Money threshold();

  /** {@return the household's rigid spending on illness, disability and disaster} */
  public abstract Money rigidSpending();

  /** {@return the rigid spending above which the trigger fires: the multiple × net income (at least zero)} */
  public abstract Money rigidSpendingTrigger();

  /** {@return a builder of a new {@link MonitoringAssessment}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableMonitoringAssessment.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(monitored() == type().isPresent(), "type", type(), "a monitored household has a type, another none");
    v.check(monitored() == !reasons().isEmpty(), "reasons", reasons(), "a monitored household has a reason, another none");
    v.throwIfAny();
  }
}

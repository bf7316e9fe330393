package org.jingzhun.eligibility.exit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 指标核查结果 — one criterion with pass or fail, the figure found and the figure required, as
 * printed (amounts in yuan, shares as decimals, yes or no).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCriterionResult.class)
@JsonDeserialize(as = ImmutableCriterionResult.class)
public abstract class CriterionResult {

  public abstract ExitCriterion criterion();

  public abstract boolean passed();

  /** The figure found, e.g. {@code "3300.00"} or {@code "0.0299"}. */
  public abstract String actual();

  /** The figure required, with its comparison, e.g. {@code "> 3218.00"}. */
  public abstract String required();

  public static CriterionResult of(ExitCriterion criterion, boolean passed, Object actual, String required) {
    return builder().criterion(criterion).passed(passed).actual(String.valueOf(actual)).required(required).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a criterion result. */
  public static final class Builder extends ImmutableCriterionResult.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("criterion", criterion());
    v.require("actual", actual());
    v.require("required", required());
    v.throwIfAny();
  }
}

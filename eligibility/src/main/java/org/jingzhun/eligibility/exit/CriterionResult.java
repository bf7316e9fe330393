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

  /** {@return the criterion checked} */
  public abstract ExitCriterion criterion();

  /** {@return whether the criterion passed} */
  public abstract boolean passed();

  /** {@return the figure found, e.g. {@code "3300.00"} or {@code "0.0299"}} */
  public abstract String actual();

  /** {@return the figure required, with its comparison, e.g. {@code "> 3218.00"}} */
  public abstract String required();

  /**
   * {@return the result of {@code criterion}}
   *
   * @param criterion the criterion
   * @param passed whether it passed
   * @param actual the figure found, printed with {@code String.valueOf}
   * @param required the figure required, with its comparison
   */
  public static CriterionResult of(ExitCriterion criterion, boolean passed, Object actual, String required) {
    return builder().criterion(criterion).passed(passed).actual(String.valueOf(actual)).required(required).build();
  }

  /** {@return a builder of a new {@link CriterionResult}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a criterion result. */
  public static final class Builder extends ImmutableCriterionResult.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("criterion", criterion());
    v.require("actual", actual());
    v.require("required", required());
    v.throwIfAny();
  }
}

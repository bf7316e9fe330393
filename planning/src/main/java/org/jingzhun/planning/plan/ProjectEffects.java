package org.jingzhun.planning.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 项目效益 — what the planner assumes a project achieves: the net income it adds to each
 * served household each year once built, and the guarantees it secures. These are the
 * planner's stated assumptions, never constants of the library; {@link #basis()} says where
 * they come from (a feasibility study, last year's results).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectEffects.class)
@JsonDeserialize(as = ImmutableProjectEffects.class)
public abstract class ProjectEffects {

  /**
   * {@return 户均年增收 — net income added per served household per year, in fen; zero unless stated}
   */
  @Value.Default
  public Money incomeUpliftPerHousehold() {
    return Money.ZERO;
  }

  /** {@return the guarantees the project secures for what it serves} */
  public abstract Set<Guarantee> guarantees();

  /** {@return where the assumption comes from, in the planner's words} */
  public abstract Optional<String> basis();

  /**
   * {@return effects that add income only}
   *
   * @param perHouseholdPerYear the income added to each household reached, a year
   */
  public static ProjectEffects incomeUplift(Money perHouseholdPerYear) {
    return builder().incomeUpliftPerHousehold(perHouseholdPerYear).build();
  }

  /** {@return a builder of a new {@link ProjectEffects}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds effects; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableProjectEffects.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("incomeUpliftPerHousehold", incomeUpliftPerHousehold())) {
      v.check(!incomeUpliftPerHousehold().isNegative(), "incomeUpliftPerHousehold", incomeUpliftPerHousehold(),
          "an income uplift may not be negative");
    }
    v.throwIfAny();
  }
}

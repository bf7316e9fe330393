package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/** 易地扶贫搬迁安置 — a household's relocation: the persons moved and the new dwelling's floor area (m²). */
@Value.Immutable
@JsonSerialize(as = ImmutableRelocationPlan.class)
@JsonDeserialize(as = ImmutableRelocationPlan.class)
public abstract class RelocationPlan {

  /** {@return the persons moved; at least 1} */
  public abstract int persons();

  /** {@return the new dwelling's floor area in square metres} */
  public abstract BigDecimal floorArea();

  /**
   * {@return the relocation of {@code persons} to a dwelling of {@code floorArea} m²}
   *
   * @param persons the persons moved, at least 1
   * @param floorArea the new dwelling's floor area in square metres
   */
  public static RelocationPlan of(int persons, BigDecimal floorArea) {
    return builder().persons(persons).floorArea(floorArea).build();
  }

  /** {@return a builder of a new {@link RelocationPlan}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a plan. */
  public static final class Builder extends ImmutableRelocationPlan.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(persons() >= 1, "persons", persons(), "must be at least 1");
    if (v.require("floorArea", floorArea())) {
      v.check(floorArea().signum() > 0, "floorArea", floorArea().toPlainString(), "must be positive");
    }
    v.throwIfAny();
  }
}

package org.jingzhun.eligibility.housing;

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

  public abstract int persons();

  /** The new dwelling's floor area in square metres. */
  public abstract BigDecimal floorArea();

  public static RelocationPlan of(int persons, BigDecimal floorArea) {
    return builder().persons(persons).floorArea(floorArea).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a plan. */
  public static final class Builder extends ImmutableRelocationPlan.Builder {}

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

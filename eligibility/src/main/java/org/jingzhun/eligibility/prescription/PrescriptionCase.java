package org.jingzhun.eligibility.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.eligibility.housing.RelocationPlan;

/** 处方对象 — the household to prescribe for, and its relocation plan if it is to be relocated. */
@Value.Immutable
@JsonSerialize(as = ImmutablePrescriptionCase.class)
@JsonDeserialize(as = ImmutablePrescriptionCase.class)
public abstract class PrescriptionCase {

  public abstract Household household();

  public abstract Optional<RelocationPlan> relocation();

  public static PrescriptionCase of(Household household) {
    return builder().household(household).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutablePrescriptionCase.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("household", household());
    v.throwIfAny();
  }
}

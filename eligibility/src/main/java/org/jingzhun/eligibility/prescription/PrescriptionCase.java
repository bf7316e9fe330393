package org.jingzhun.eligibility.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.core.household.RelocationPlan;

/** 处方对象 — the household to prescribe for, and its relocation plan if it is to be relocated. */
@Value.Immutable
@JsonSerialize(as = ImmutablePrescriptionCase.class)
@JsonDeserialize(as = ImmutablePrescriptionCase.class)
public abstract class PrescriptionCase {

  /** {@return the household prescribed for} */
  public abstract Household household();

  /** {@return the household's relocation, if it is relocated} */
  public abstract Optional<RelocationPlan> relocation();

  /**
   * {@return the case of {@code household}, without relocation}
   *
   * @param household the household
   */
  public static PrescriptionCase of(Household household) {
    return builder().household(household).build();
  }

  /** {@return a builder of a new {@link PrescriptionCase}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutablePrescriptionCase.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("household", household());
    v.throwIfAny();
  }
}

package org.jingzhun.eligibility.housing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 搬迁核定 — the relocation subsidy and the floor-area check (at most 25 m² a person). */
@Value.Immutable
@JsonSerialize(as = ImmutableRelocationAssessment.class)
@JsonDeserialize(as = ImmutableRelocationAssessment.class)
public abstract class RelocationAssessment {

  /** {@return the largest area allowed: the limit per person × persons} */
  public abstract BigDecimal maxFloorArea();

  /** {@return whether the new dwelling's floor area is within the limit} */
  public abstract boolean withinAreaLimit();

  /** {@return the subsidy: per person × persons (once)} */
  public abstract Money subsidy();

  /** {@return a builder of a new {@link RelocationAssessment}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableRelocationAssessment.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("maxFloorArea", maxFloorArea());
    v.require("subsidy", subsidy());
    v.throwIfAny();
  }
}

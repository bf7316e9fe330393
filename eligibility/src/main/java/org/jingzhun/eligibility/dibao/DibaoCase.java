package org.jingzhun.eligibility.dibao;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.validation.Violations;

/**
 * 低保申请 — a household assessed for dibao, and whether it is supported as an extreme-poverty
 * (特困供养) household, which is paid support at a multiple of the standard instead of the gap.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDibaoCase.class)
@JsonDeserialize(as = ImmutableDibaoCase.class)
public abstract class DibaoCase {

  /** {@return the household assessed} */
  public abstract Household household();

  /**
   * {@return 特困供养 — whether the household receives extreme-poverty support, which replaces the
   * top-up; false unless stated}
   */
  @Value.Default
  public boolean extremePovertySupport() {
    return false;
  }

  /**
   * {@return the case of {@code household}, not under extreme-poverty support}
   *
   * @param household the household
   */
  public static DibaoCase of(Household household) {
    return builder().household(household).build();
  }

  /** {@return a builder of a new {@link DibaoCase}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutableDibaoCase.Builder {}

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

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

  public abstract Household household();

  @Value.Default
  public boolean extremePovertySupport() {
    return false;
  }

  public static DibaoCase of(Household household) {
    return builder().household(household).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutableDibaoCase.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("household", household());
    v.throwIfAny();
  }
}

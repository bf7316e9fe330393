package org.jingzhun.eligibility.exit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.validation.Violations;

/**
 * 贫困村退出核查 — a village put up for exit and the registered poor persons still not exited
 * in it (the numerator of poverty incidence; the denominator is its rural registered population).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVillageExitCase.class)
@JsonDeserialize(as = ImmutableVillageExitCase.class)
public abstract class VillageExitCase {

  /** {@return the village put up for exit, with its population and facilities} */
  public abstract Village village();

  /** {@return 建档立卡贫困人口 — registered poor persons not yet exited} */
  public abstract int registeredPoorPersons();

  /**
   * {@return 有文化室 — whether the village has a cultural room; true unless stated (tested where
   * Sichuan's standard applies)}
   */
  @Value.Default
  public boolean culturalRoom() {
    return true;
  }

  /** {@return a builder of a new {@link VillageExitCase}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutableVillageExitCase.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("village", village())) {
      v.check(registeredPoorPersons() <= village().registeredPopulation(), "registeredPoorPersons", registeredPoorPersons(),
          "may not exceed the village's registered population " + village().registeredPopulation());
    }
    v.check(registeredPoorPersons() >= 0, "registeredPoorPersons", registeredPoorPersons(), "may not be negative");
    v.throwIfAny();
  }
}

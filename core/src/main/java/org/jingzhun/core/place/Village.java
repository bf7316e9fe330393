package org.jingzhun.core.place;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.Violations;

/**
 * 行政村 — a village: its code and name, its rural registered population (the denominator of
 * poverty incidence), whether it is a registered poor village, its collective income, and the
 * facilities that village exit checks (hardened road, power, safe water, clinic, broadband).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVillage.class)
@JsonDeserialize(as = ImmutableVillage.class)
public abstract class Village {

  /** {@return the village's twelve-digit code} */
  public abstract RegionCode code();

  /** {@return the village's name} */
  public abstract String name();

  /** {@return 农村户籍人口 — persons with rural household registration in the village; at least 1} */
  public abstract int registeredPopulation();

  /** {@return 贫困村 — whether the village is on the register of poor villages} */
  @Value.Default
  public boolean poorVillage() {
    return false;
  }

  /** {@return 村集体经济收入 — the village collective's income for the year} */
  @Value.Default
  public Money collectiveIncome() {
    return Money.ZERO;
  }

  /** {@return 通硬化路 — a hardened road reaches the village} */
  @Value.Default
  public boolean hardenedRoad() {
    return false;
  }

  /** {@return 通生产生活用电 — mains electricity} */
  @Value.Default
  public boolean electricity() {
    return false;
  }

  /** {@return 安全饮水 — a safe drinking-water supply} */
  @Value.Default
  public boolean safeWater() {
    return false;
  }

  /** {@return 标准化卫生室 — a standard village clinic} */
  @Value.Default
  public boolean clinic() {
    return false;
  }

  /** {@return 通宽带 — broadband} */
  @Value.Default
  public boolean broadband() {
    return false;
  }

  /** {@return the township the village belongs to} */
  public final RegionCode township() {
    return code().parent();
  }

  /** {@return a builder of a new {@link Village}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a village; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableVillage.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("code", code())) {
      v.check(code().level() == RegionLevel.VILLAGE, "code", code(), "must be a twelve-digit village code");
    }
    v.require("name", name());
    v.check(registeredPopulation() >= 1, "registeredPopulation", registeredPopulation(), "must be at least 1");
    if (v.require("collectiveIncome", collectiveIncome())) {
      v.check(!collectiveIncome().isNegative(), "collectiveIncome", collectiveIncome(), "may not be negative");
    }
    v.throwIfAny();
  }
}

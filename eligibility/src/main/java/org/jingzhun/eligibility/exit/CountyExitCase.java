package org.jingzhun.eligibility.exit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.Violations;

/**
 * 贫困县退出核查 — a county put up for exit: its registered poor persons and rural registered
 * population (for incidence), and the counts of the third-party assessment's sample (its rates
 * are computed from them, 国开办发〔2017〕56号), and its townships' facilities, which Sichuan's
 * standard (一低三有) tests.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountyExitCase.class)
@JsonDeserialize(as = ImmutableCountyExitCase.class)
public abstract class CountyExitCase {

  /** {@return the county's six-digit code} */
  public abstract RegionCode county();

  /** {@return 建档立卡贫困人口 — the registered poor persons not yet exited: the part of its incidence} */
  public abstract long registeredPoorPersons();

  /** {@return 农村户籍人口 — the county's rural registered population: the whole of its incidence} */
  public abstract long ruralRegisteredPopulation();

  /** {@return the third-party assessment's sample counts, from which its rates are computed} */
  public abstract AssessmentSample assessment();

  /**
   * {@return whether every township of the county has a standard central school (乡乡有标准中心校);
   * true unless stated (tested where Sichuan's standard applies)}
   */
  @Value.Default
  public boolean everyTownshipHasCentralSchool() {
    return true;
  }

  /**
   * {@return whether every township has a qualified health centre (乡乡有达标卫生院); true unless
   * stated (tested where Sichuan's standard applies)}
   */
  @Value.Default
  public boolean everyTownshipHasHealthCentre() {
    return true;
  }

  /**
   * {@return whether every township has a convenience service centre (乡乡有便民服务中心); true
   * unless stated (tested where Sichuan's standard applies)}
   */
  @Value.Default
  public boolean everyTownshipHasServiceCentre() {
    return true;
  }

  /**
   * {@return the poverty incidence: registered poor persons out of the rural registered population}
   */
  public SampleRate incidence() {
    return new SampleRate(registeredPoorPersons(), ruralRegisteredPopulation());
  }

  /** {@return a builder of a new {@link CountyExitCase}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a case. */
  public static final class Builder extends ImmutableCountyExitCase.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("county", county())) {
      v.check(county().level() == RegionLevel.COUNTY, "county", county(), "must be a six-digit county code");
    }
    v.require("assessment", assessment());
    v.check(ruralRegisteredPopulation() >= 1, "ruralRegisteredPopulation", ruralRegisteredPopulation(), "must be at least 1");
    v.check(registeredPoorPersons() >= 0, "registeredPoorPersons", registeredPoorPersons(), "may not be negative");
    v.check(registeredPoorPersons() <= ruralRegisteredPopulation(), "registeredPoorPersons", registeredPoorPersons(),
        "may not exceed the rural registered population");
    v.throwIfAny();
  }
}

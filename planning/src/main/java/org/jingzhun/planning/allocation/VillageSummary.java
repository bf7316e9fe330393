package org.jingzhun.planning.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.core.validation.Violations;

/**
 * 村情摘要 — the simple summary of a village that an allocation values projects by: its
 * registered poor persons and households, their total income gap to the poverty line, the
 * village's rural registered population, and the poverty incidence below which a poor
 * village exits (a policy parameter, e.g. 3 % in the west, stated here as an input).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVillageSummary.class)
@JsonDeserialize(as = ImmutableVillageSummary.class)
public abstract class VillageSummary {

  /** {@return the village's twelve-digit code} */
  public abstract RegionCode village();

  /** {@return 贫困人口 — registered poor persons not yet exited} */
  public abstract int poorPersons();

  /** {@return 贫困户 — registered poor households not yet exited} */
  public abstract int poorHouseholds();

  /**
   * {@return 收入差距 — the sum over the poor households of (line × members − net income) where
   * positive: the income the households lack to reach the line this year}
   */
  public abstract Money incomeGap();

  /** {@return 农村户籍人口 — the denominator of poverty incidence; at least the poor persons} */
  public abstract int registeredPopulation();

  /**
   * {@return 未脱贫户 — for {@link Objective#ADDITIONAL_PERSONS_OUT}: the village's households
   * that the run without the plan's projects leaves poor at its end, with what each lacks; empty
   * for the other objectives}
   */
  public abstract List<HouseholdNeed> stillPoor();

  /** {@return 贫困村退出标准 — the incidence below which the village exits (strictly below)} */
  public abstract Share exitThreshold();

  /**
   * {@return the most poor persons the village may keep and still exit: the largest whole R with R
   * / population &lt; threshold, i.e. ⌈threshold × population⌉ − 1; −1 when even none is not below
   * a zero threshold}
   */
  public final long mostPoorPersonsAtExit() {
    BigDecimal limit = exitThreshold().value().multiply(BigDecimal.valueOf(registeredPopulation()));
    return limit.setScale(0, RoundingMode.CEILING).longValueExact() - 1;
  }

  /**
   * {@return 出列所需脱贫人数 — the persons the village must lift out to exit: 0 if it is already below the
   * line; more than its poor persons if it cannot exit at all (a zero threshold)}
   */
  public final long personsToLiftForExit() {
    return Math.max(0, poorPersons() - mostPoorPersonsAtExit());
  }

  /** {@return a builder of a new {@link VillageSummary}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a summary; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableVillageSummary.Builder {}

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
      v.check(village().level() == RegionLevel.VILLAGE, "village", village(), "must be a twelve-digit village code");
    }
    v.check(poorPersons() >= 0, "poorPersons", poorPersons(), "may not be negative");
    v.check(poorHouseholds() >= 0, "poorHouseholds", poorHouseholds(), "may not be negative");
    v.check(poorHouseholds() <= poorPersons(), "poorHouseholds", poorHouseholds(),
        "may not exceed the poor persons (" + poorPersons() + "): every household has a member");
    v.check(poorPersons() == 0 || poorHouseholds() > 0, "poorHouseholds", poorHouseholds(),
        "poor persons live in at least one poor household");
    v.check(registeredPopulation() >= 1 && registeredPopulation() >= poorPersons(), "registeredPopulation",
        registeredPopulation(), "must be at least 1 and at least the poor persons (" + poorPersons() + ")");
    if (v.require("incomeGap", incomeGap())) {
      v.check(!incomeGap().isNegative(), "incomeGap", incomeGap(), "may not be negative");
      v.check(poorHouseholds() > 0 || incomeGap().isZero(), "incomeGap", incomeGap(),
          "a village with no poor households has no income gap");
    }
    v.require("exitThreshold", exitThreshold());
    v.throwIfAny();
  }
}

package org.jingzhun.planning.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.plan.Guarantee;

/**
 * 未脱贫户的缺口 — what one household still poor at the end of the run without the plan's
 * projects lacks to pass the household exit test in that last year: the least yearly income
 * uplift that takes its own income (before dibao, which tops an income up and falls as it rises)
 * over the exit line, and the guarantees it fails. {@link Objective#ADDITIONAL_PERSONS_OUT}
 * counts its persons when the chosen projects serving its village give at least that uplift and
 * secure every one of those guarantees.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableHouseholdNeed.class)
@JsonDeserialize(as = ImmutableHouseholdNeed.class)
public abstract class HouseholdNeed {

  /** {@return 人口 — the household's members} */
  public abstract int persons();

  /**
   * {@return 所需增收 — the least income a year, added to its own income in the last year, that
   * passes the income test; zero when its income passes already}
   */
  public abstract Money upliftNeeded();

  /** {@return 未保障事项 — the household guarantees it fails (water, housing, schooling, health)} */
  public abstract Set<Guarantee> lacks();

  /**
   * {@return a need}
   *
   * @param persons the household's members, at least 1
   * @param upliftNeeded the least yearly uplift that passes the income test, zero if it passes
   * @param lacks the guarantees the household fails
   */
  public static HouseholdNeed of(int persons, Money upliftNeeded, Set<Guarantee> lacks) {
    return ImmutableHouseholdNeed.builder().persons(persons).upliftNeeded(upliftNeeded).lacks(lacks).build();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(persons() >= 1, "persons", persons(), "一户至少一人 / a household has at least one member");
    if (v.require("upliftNeeded", upliftNeeded())) {
      v.check(!upliftNeeded().isNegative(), "upliftNeeded", upliftNeeded(), "所需增收不能为负 / may not be negative");
    }
    v.throwIfAny();
  }
}

package org.jingzhun.planning.simulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.target.TargetMeasure;
import org.jingzhun.planning.target.TargetReport;
import org.jingzhun.planning.target.YearFigures;

/**
 * 模拟结果 — a campaign run: the allocation of the plan's money, every year's result in order,
 * the comparison with the scenario's targets if it has any, and notes on what the run did not
 * simulate. The same scenario and seed give a byte-identical JSON form.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaignResult.class)
@JsonDeserialize(as = ImmutableCampaignResult.class)
public abstract class CampaignResult {

  /** {@return the scenario's name} */
  public abstract String scenario();

  /** {@return the seed of the run's random draws} */
  public abstract long seed();

  /**
   * {@return the projects chosen and the grants from sources to them, made once before the first
   * year}
   */
  public abstract Allocation allocation();

  /** {@return each year of the run, in order} */
  public abstract List<YearResult> years();

  /** {@return the scenario's targets checked against {@link #yearFigures()}, if it has targets} */
  public abstract Optional<TargetReport> targets();

  /**
   * {@return 无项目基线的期末贫困人口 — when the objective is
   * {@link org.jingzhun.planning.allocation.Objective#ADDITIONAL_PERSONS_OUT}: the poor persons at
   * the end of the same scenario run without the plan's projects}
   */
  public abstract Optional<Long> baselinePoorPersons();

  /**
   * {@return 项目模拟效果 — when the run without projects was made: its poor persons at the end less
   * this run's, the simulated counterpart of the allocation's value}
   */
  public final Optional<Long> projectEffect() {
    return baselinePoorPersons().map(b -> b - years().get(years().size() - 1).poorPersons());
  }

  /** {@return what the run left out, and why} */
  public abstract List<String> notes();

  /**
   * {@return the figures a {@link org.jingzhun.planning.target.TargetComparison} takes, year by
   * year: villages delisted in the year, households and persons exited in the year, and poor
   * persons remaining at its end}
   */
  public final List<YearFigures> yearFigures() {
    return years().stream().map(CampaignResult::figures).collect(ImmutableList.toImmutableList());
  }

  static YearFigures figures(YearResult y) {
    return YearFigures.builder().year(y.year())
        .putFigures(TargetMeasure.VILLAGES_DELISTED, y.villagesDelistedThisYear())
        .putFigures(TargetMeasure.HOUSEHOLDS_LIFTED_OUT, y.exitedHouseholds())
        .putFigures(TargetMeasure.PERSONS_LIFTED_OUT, y.exitedPersons())
        .putFigures(TargetMeasure.POOR_PERSONS_REMAINING, y.poorPersons())
        .build();
  }

  /**
   * {@return the year {@code year}, if the run has it}
   *
   * @param year the calendar year
   */
  public final Optional<YearResult> year(int year) {
    return years().stream().filter(y -> y.year() == year).findFirst();
  }

  /** {@return a builder of a new {@link CampaignResult}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a result. */
  public static final class Builder extends ImmutableCampaignResult.Builder {}
}

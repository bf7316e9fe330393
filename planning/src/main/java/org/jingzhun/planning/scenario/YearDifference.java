package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.planning.simulation.Programme;

/** 年度差异 — one year of a comparison: the headline counts, each village, and spending by programme. */
@Value.Immutable
@JsonSerialize(as = ImmutableYearDifference.class)
@JsonDeserialize(as = ImmutableYearDifference.class)
public abstract class YearDifference {

  /** {@return the year} */
  public abstract int year();

  /** {@return poor households at the end of the year, in both runs} */
  public abstract Difference poorHouseholds();

  /** {@return poor persons at the end of the year, in both runs} */
  public abstract Difference poorPersons();

  /** {@return persons exited in the year, in both runs} */
  public abstract Difference exitedPersons();

  /** {@return persons newly identified poor in the year, in both runs} */
  public abstract Difference newPoorPersons();

  /** {@return persons returning to poverty in the year, in both runs} */
  public abstract Difference returningPersons();

  /** {@return poor villages delisted by the end of the year, in both runs} */
  public abstract Difference villagesDelisted();

  /** {@return every programme either run spends on, in the order of {@link Programme}} */
  public abstract Map<Programme, MoneyDifference> spendingByProgramme();

  /** {@return spending in both runs} */
  public abstract MoneyDifference totalSpending();

  /** {@return every village of the county, in the county's order} */
  public abstract List<VillageDifference> villages();

  /** {@return a builder of a new {@link YearDifference}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a year difference. */
  public static final class Builder extends ImmutableYearDifference.Builder {}
}

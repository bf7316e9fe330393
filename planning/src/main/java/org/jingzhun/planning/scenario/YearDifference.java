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

  public abstract int year();

  public abstract Difference poorHouseholds();

  public abstract Difference poorPersons();

  public abstract Difference exitedPersons();

  public abstract Difference newPoorPersons();

  public abstract Difference returningPersons();

  public abstract Difference villagesDelisted();

  /** Every programme either run spends on, in the order of {@link Programme}. */
  public abstract Map<Programme, MoneyDifference> spendingByProgramme();

  public abstract MoneyDifference totalSpending();

  /** Every village of the county, in the county's order. */
  public abstract List<VillageDifference> villages();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a year difference. */
  public static final class Builder extends ImmutableYearDifference.Builder {}
}

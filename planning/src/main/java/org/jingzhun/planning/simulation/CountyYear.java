package org.jingzhun.planning.simulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.eligibility.exit.ExitCriterion;

/**
 * 县年度退出情况 — the county at the end of one year: its registered poor persons, rural
 * registered population and incidence (four places, for display), whether it passed the county
 * exit test that year, the criteria it failed, and the first year it passed, if it has.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCountyYear.class)
@JsonDeserialize(as = ImmutableCountyYear.class)
public abstract class CountyYear {

  /** {@return the county's registered poor persons not exited, at the end of the year} */
  public abstract long poorPersons();

  /** {@return the county's rural registered population} */
  public abstract long registeredPopulation();

  /**
   * {@return the poverty incidence: poor persons / registered population, to four places (for
   * display)}
   */
  public abstract BigDecimal incidence();

  /** {@return whether the county passed the exit test at this year's evaluation} */
  public abstract boolean passed();

  /** {@return the criteria it failed, in the test's order} */
  public abstract List<ExitCriterion> failed();

  /** {@return 摘帽年度 — the first year of the run in which it passed, if one has} */
  public abstract Optional<Integer> exitYear();

  /** {@return a builder of a new {@link CountyYear}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a county year. */
  public static final class Builder extends ImmutableCountyYear.Builder {}
}

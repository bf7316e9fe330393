package org.jingzhun.planning.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.Violations;

/**
 * 目标任务 — the yearly targets of a campaign run from {@link #firstYear()} to
 * {@link #lastYear()}; a target for a year outside the run is a violation.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargets.class)
@JsonDeserialize(as = ImmutableTargets.class)
public abstract class Targets {

  /** {@return the first calendar year of the run} */
  public abstract int firstYear();

  /** {@return the last calendar year of the run, inclusive} */
  public abstract int lastYear();

  /** {@return the targets, at most one entry per year} */
  public abstract List<YearTarget> years();

  /**
   * {@return whether {@code year} lies within the run}
   *
   * @param year the calendar year
   */
  public final boolean covers(int year) {
    return year >= firstYear() && year <= lastYear();
  }

  /** {@return a builder of a new {@link Targets}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds targets; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableTargets.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(InputLimits.isYear(firstYear()), "firstYear", firstYear(), InputLimits.yearRule());
    v.check(InputLimits.isYear(lastYear()), "lastYear", lastYear(), InputLimits.yearRule());
    v.check(lastYear() >= firstYear(), "lastYear", lastYear(), "may not be before the first year " + firstYear());
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < years().size(); i++) {
      int year = years().get(i).year();
      String path = FieldPath.join(FieldPath.index("years", i), "year");
      v.check(covers(year), path, year, "is outside the run " + firstYear() + "–" + lastYear());
      v.check(seen.add(year), path, year, "the year has targets twice; give each year once");
    }
    v.throwIfAny();
  }
}

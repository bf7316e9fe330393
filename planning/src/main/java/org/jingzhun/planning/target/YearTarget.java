package org.jingzhun.planning.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 年度目标 — the targets of one year, by measure: e.g. 42 poor villages delisted and 17,850
 * persons lifted out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableYearTarget.class)
@JsonDeserialize(as = ImmutableYearTarget.class)
public abstract class YearTarget {

  /** {@return the year} */
  public abstract int year();

  /** {@return the target level of each measure set for the year; at least one, none negative} */
  public abstract Map<TargetMeasure, Long> levels();

  /** {@return a builder of a new {@link YearTarget}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a year's targets; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableYearTarget.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(!levels().isEmpty(), "levels", "{}", "a year's targets need at least one measure");
    levels().forEach((m, level) -> v.check(level >= 0, "levels." + m, level, "a target may not be negative"));
    v.throwIfAny();
  }
}

package org.jingzhun.planning.target;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/** 年度实绩 — what a run (or the county's books) achieved in one year, by measure. */
@Value.Immutable
@JsonSerialize(as = ImmutableYearFigures.class)
@JsonDeserialize(as = ImmutableYearFigures.class)
public abstract class YearFigures {

  /** {@return the year} */
  public abstract int year();

  /** {@return the figure of each measure; none negative} */
  public abstract Map<TargetMeasure, Long> figures();

  /** {@return a builder of a new {@link YearFigures}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a year's figures; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableYearFigures.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    figures().forEach((m, n) -> v.check(n >= 0, "figures." + m, n, "a yearly figure may not be negative"));
    v.throwIfAny();
  }
}

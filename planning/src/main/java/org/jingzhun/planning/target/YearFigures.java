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

  public abstract int year();

  /** The figure of each measure; none negative. */
  public abstract Map<TargetMeasure, Long> figures();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a year's figures; {@code build()} reports every bad attribute at once. */
  public static final class Builder extends ImmutableYearFigures.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    figures().forEach((m, n) -> v.check(n >= 0, "figures." + m, n, "a yearly figure may not be negative"));
    v.throwIfAny();
  }
}

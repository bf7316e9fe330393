package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/** 年度 — the years of a run, {@code from} to {@code to} inclusive. */
@Value.Immutable
@JsonSerialize(as = ImmutableYearSpan.class)
@JsonDeserialize(as = ImmutableYearSpan.class)
public abstract class YearSpan {

  /** {@return the first year ({@code from} in a file)} */
  @JsonProperty("from")
  public abstract int first();

  /** {@return the last year, inclusive ({@code to} in a file)} */
  @JsonProperty("to")
  public abstract int last();

  /** {@return the span from {@code from} to {@code to}, checked} */
  public static YearSpan of(int from, int to) {
    return ImmutableYearSpan.builder().first(from).last(to).build();
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(first() >= 2000 && first() <= 2100, "from", first(), "应在2000至2100年之间 / is a year from 2000 to 2100");
    v.check(last() >= first() && last() <= first() + 30, "to", last(), "应不早于起始年且不超过30年 / is from 'from' to 30 years after it");
    v.throwIfAny();
  }

  /** {@return a builder of a new {@link YearSpan}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link YearSpan}. */
  public static final class Builder extends ImmutableYearSpan.Builder {}
}

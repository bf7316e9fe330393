package org.jingzhun.examples.eligibility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;

/**
 * 两线合一核查范围 — which part of the policy book to check: a region (its own values, those of
 * the regions above it that it inherits, and those of the regions within it) and a period
 * {@code [start, until)}; each may be left out, and an empty query checks the whole book.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTwoLinesQuery.class)
@JsonDeserialize(as = ImmutableTwoLinesQuery.class)
public abstract class TwoLinesQuery {

  /** The region to check; every region when absent. */
  public abstract Optional<RegionCode> region();

  /** The first day of the period; from the beginning when absent. */
  public abstract Optional<LocalDate> start();

  /** The first day after the period; open-ended when absent. */
  public abstract Optional<LocalDate> until();

  /** The whole book. */
  public static TwoLinesQuery everything() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a query; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableTwoLinesQuery.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (start().isPresent() && until().isPresent()) {
      v.check(until().get().isAfter(start().get()), "until", until().get(), "must be after start " + start().get());
    }
    v.throwIfAny();
  }
}

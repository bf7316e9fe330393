package org.jingzhun.eligibility.dibao;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.Violations;

/**
 * 两线合一不达标 — a region and period in which the rural dibao standard (a year) is below the
 * poverty line of the series the region uses.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTwoLinesViolation.class)
@JsonDeserialize(as = ImmutableTwoLinesViolation.class)
public abstract class TwoLinesViolation {

  /** {@return the region whose standard is below the line} */
  public abstract RegionCode region();

  /** {@return the first day the standard is below the line} */
  public abstract LocalDate start();

  /**
   * {@return the first day no longer affected, if the period ends (the period starts on
   * {@link #start()})}
   */
  public abstract Optional<LocalDate> until();

  /** {@return the dibao standard × 12, per person per year} */
  public abstract Money dibaoYearly();

  /** {@return the poverty line, per person per year} */
  public abstract Money povertyLine();

  /** {@return the poverty-line series in use} */
  public abstract String series();

  /** {@return a builder of a new {@link TwoLinesViolation}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a violation. */
  public static final class Builder extends ImmutableTwoLinesViolation.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("region", region());
    v.require("start", start());
    v.require("dibaoYearly", dibaoYearly());
    v.require("povertyLine", povertyLine());
    v.require("series", series());
    v.throwIfAny();
  }
}

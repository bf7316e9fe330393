package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 浮动利率 — a rate reset on set dates to the loan prime rate then in force plus a spread
 * (LPR + 加点). The contract rate applies until the first reset.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFloatingRate.class)
@JsonDeserialize(as = ImmutableFloatingRate.class)
public abstract class FloatingRate {

  /** {@return which LPR the loan follows} */
  public abstract LprTenor tenor();

  /**
   * {@return the spread over the LPR in basis points (0.01 %), may be negative: LPR − 10 bp is −10}
   */
  public abstract long spreadBasisPoints();

  /** {@return when the rate is reset} */
  @Value.Default
  public RateReset reset() {
    return RateReset.ANNIVERSARY;
  }

  /** {@return a builder of a new {@link FloatingRate}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a floating rate; {@code build()} reports every missing attribute at once. */
  public static final class Builder extends ImmutableFloatingRate.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("tenor", tenor());
    v.require("reset", reset());
    v.throwIfAny();
  }
}

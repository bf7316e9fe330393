package org.jingzhun.eligibility.medical;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 门诊救助申请 — one member's outpatient costs for a year, after basic medical insurance: the
 * member's recorded illness (only a listed chronic or special disease, recorded as a chronic or
 * serious illness, is covered), the costs left to the member, and the outpatient aid already
 * paid and the deductible already met this year (for the yearly cap and the yearly deductible).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutpatientClaim.class)
@JsonDeserialize(as = ImmutableOutpatientClaim.class)
public abstract class OutpatientClaim {

  /** {@return the member's recorded illness (患病类别)} */
  public abstract HealthCondition condition();

  /** {@return 门诊费用（基本医保报销后） — outpatient costs left to the member after basic insurance} */
  public abstract Money costs();

  /** {@return outpatient aid already paid to the member this year; zero unless stated} */
  @Value.Default
  public Money paidThisYear() {
    return Money.ZERO;
  }

  /** {@return the deductible already met this year by earlier outpatient costs; zero unless stated} */
  @Value.Default
  public Money deductibleMetThisYear() {
    return Money.ZERO;
  }

  /** {@return a builder of a new {@link OutpatientClaim}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a claim; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableOutpatientClaim.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("condition", condition());
    if (v.require("costs", costs())) {
      v.check(!costs().isNegative(), "costs", costs(), "may not be negative");
    }
    if (v.require("paidThisYear", paidThisYear())) {
      v.check(!paidThisYear().isNegative(), "paidThisYear", paidThisYear(), "may not be negative");
    }
    if (v.require("deductibleMetThisYear", deductibleMetThisYear())) {
      v.check(!deductibleMetThisYear().isNegative(), "deductibleMetThisYear", deductibleMetThisYear(), "may not be negative");
    }
    v.throwIfAny();
  }
}

package org.jingzhun.eligibility.medical;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 住院费用 — an inpatient bill: its total, the part within the policy catalogue (政策范围内), whether
 * it was incurred in the county, whether the patient is registered poor, and what each payer
 * has already paid this year and the deductible already met this year (for yearly caps and
 * yearly deductibles).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInpatientBill.class)
@JsonDeserialize(as = ImmutableInpatientBill.class)
public abstract class InpatientBill {

  /** {@return 医疗总费用} */
  public abstract Money total();

  /** {@return 政策范围内费用 — at most the total} */
  public abstract Money covered();

  /** {@return 县域内 — treated in the county} */
  public abstract boolean inCounty();

  /** {@return 建档立卡贫困患者} */
  public abstract boolean registeredPoor();

  /** {@return paid this year before this bill, by payer (for per-year caps)} */
  public abstract Map<Payer, Money> paidThisYear();

  /** {@return deductible met this year before this bill, by payer (for yearly deductibles)} */
  public abstract Map<Payer, Money> deductibleMetThisYear();

  /** {@return a builder of a new {@link InpatientBill}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a bill; {@code build()} reports every bad amount at once. */
  public static final class Builder extends ImmutableInpatientBill.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    boolean t = v.require("total", total());
    boolean c = v.require("covered", covered());
    if (t) {
      v.check(!total().isNegative(), "total", total(), "may not be negative");
    }
    if (c) {
      v.check(!covered().isNegative(), "covered", covered(), "may not be negative");
    }
    if (t && c) {
      v.check(!covered().isGreaterThan(total()), "covered", covered(), "the policy-covered part may not exceed the total " + total());
    }
    paidThisYear().forEach((p, m) -> v.check(!m.isNegative(), "paidThisYear." + p, m, "may not be negative"));
    deductibleMetThisYear().forEach((p, m) -> v.check(!m.isNegative(), "deductibleMetThisYear." + p, m, "may not be negative"));
    v.throwIfAny();
  }
}

package org.jingzhun.eligibility.medical;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.Violations;

/**
 * 报销层 — one layer of the medical cascade, as the table parameter {@code medical.cascade}
 * describes it: the payer; its base (the covered part or the whole bill, less what earlier
 * layers paid); a deductible (per bill, or per year counting the year-to-date deductible met);
 * a rate; per-bill and per-year caps; for registered poor patients a share of the deductible
 * and extra rate points; and whether it pays only the poor or only in-county bills.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCascadeLayer.class)
@JsonDeserialize(as = ImmutableCascadeLayer.class)
public abstract class CascadeLayer {

  /** 计算基数 — what a layer pays from. */
  public enum Base { COVERED, TOTAL }

  public abstract Payer payer();

  public abstract Base base();

  @Value.Default
  public Money deductible() {
    return Money.ZERO;
  }

  @Value.Default
  public boolean deductiblePerYear() {
    return false;
  }

  public abstract Share rate();

  /** The share of the deductible a registered poor patient pays (0.5: halved). */
  @Value.Default
  public Share poorDeductibleShare() {
    return Share.ONE;
  }

  /** Points added to the rate for a registered poor patient (0.05: +5 points), capped at 100 %. */
  @Value.Default
  public Share poorRateBonus() {
    return Share.ZERO;
  }

  public abstract Optional<Money> perBillCap();

  public abstract Optional<Money> perYearCap();

  @Value.Default
  public boolean poorOnly() {
    return false;
  }

  @Value.Default
  public boolean inCountyOnly() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a layer. */
  public static final class Builder extends ImmutableCascadeLayer.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("payer", payer());
    v.require("base", base());
    v.require("rate", rate());
    if (v.require("deductible", deductible())) {
      v.check(!deductible().isNegative(), "deductible", deductible(), "may not be negative");
    }
    perBillCap().ifPresent(c -> v.check(!c.isNegative(), "perBillCap", c, "may not be negative"));
    perYearCap().ifPresent(c -> v.check(!c.isNegative(), "perYearCap", c, "may not be negative"));
    v.throwIfAny();
  }
}

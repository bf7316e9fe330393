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
  public enum Base {
    /** 政策范围内费用 — the part of the bill the insurance covers. */
    COVERED,
    /** 总费用 — the whole bill. */
    TOTAL
  }

  /**
   * {@return who pays: basic insurance, critical-illness insurance, medical assistance, or a local
   * fund}
   */
  public abstract Payer payer();

  /**
   * {@return what the layer pays from: the covered part or the whole bill, less what earlier layers
   * paid}
   */
  public abstract Base base();

  /**
   * {@return 起付线 — the deductible: what the patient pays before the layer pays; zero unless stated}
   */
  @Value.Default
  public Money deductible() {
    return Money.ZERO;
  }

  /**
   * {@return whether the deductible is met once a year (counting the year to date) rather than on
   * every bill; false unless stated}
   */
  @Value.Default
  public boolean deductiblePerYear() {
    return false;
  }

  /** {@return the share the layer pays of its base above the deductible} */
  public abstract Share rate();

  /** {@return the share of the deductible a registered poor patient pays (0.5: halved)} */
  @Value.Default
  public Share poorDeductibleShare() {
    return Share.ONE;
  }

  /**
   * {@return points added to the rate for a registered poor patient (0.05: +5 points), capped at
   * 100 %}
   */
  @Value.Default
  public Share poorRateBonus() {
    return Share.ZERO;
  }

  /** {@return the most the layer pays on one bill; empty for none} */
  public abstract Optional<Money> perBillCap();

  /**
   * {@return the most the layer pays in a year to one patient, counting what it paid earlier in the
   * year; empty for none}
   */
  public abstract Optional<Money> perYearCap();

  /** {@return whether the layer pays only registered poor patients; false unless stated} */
  @Value.Default
  public boolean poorOnly() {
    return false;
  }

  /**
   * {@return whether the layer pays only bills of hospitals within the county; false unless stated}
   */
  @Value.Default
  public boolean inCountyOnly() {
    return false;
  }

  /** {@return a builder of a new {@link Base}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a layer. */
  public static final class Builder extends ImmutableCascadeLayer.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
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

package org.jingzhun.eligibility.dibao;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 低保核定 — a household's dibao on a date: whether it is eligible, the standard, the monthly
 * top-up (gap or tier), the classified add-ons per member, and the extreme-poverty support
 * that replaces the top-up for a supported household. All amounts are per month for the
 * household; {@link #monthlyTotal()} is their sum.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDibaoAssessment.class)
@JsonDeserialize(as = ImmutableDibaoAssessment.class)
public abstract class DibaoAssessment {

  /**
   * {@return whether the household is eligible for dibao (per-capita income below the standard)}
   */
  public abstract boolean eligible();

  /** {@return 低保标准 — the standard, per person per month} */
  public abstract Money standard();

  /**
   * {@return 补差 (or the tier's payment) for the whole household per month; zero when not eligible}
   */
  public abstract Money monthlyTopUp();

  /** {@return 分类施保 — the classified add-ons, one per qualifying member, per month} */
  public abstract List<MemberAddOn> addOns();

  /**
   * {@return 特困供养金 — extreme-poverty support for the household per month; zero unless supported}
   */
  public abstract Money monthlySupport();

  /** {@return the top-up, add-ons and support per month} */
  public final Money monthlyTotal() {
    Money total = monthlyTopUp().plus(monthlySupport());
    for (MemberAddOn a : addOns()) {
      total = total.plus(a.monthly());
    }
    return total;
  }

  /** {@return a builder of a new {@link DibaoAssessment}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableDibaoAssessment.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("standard", standard());
    if (v.require("monthlyTopUp", monthlyTopUp())) {
      v.check(!monthlyTopUp().isNegative(), "monthlyTopUp", monthlyTopUp(), "may not be negative");
    }
    if (v.require("monthlySupport", monthlySupport())) {
      v.check(!monthlySupport().isNegative(), "monthlySupport", monthlySupport(), "may not be negative");
    }
    v.throwIfAny();
  }
}

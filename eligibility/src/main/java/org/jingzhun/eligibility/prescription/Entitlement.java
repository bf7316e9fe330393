package org.jingzhun.eligibility.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 帮扶待遇 — one entitlement of a prescription: the kind, the member it is for (if one), the
 * amount a month and a year. A monthly payment's year is 12 × the month. Aid paid by school term
 * ({@link #byTerm()}, education) and a one-off grant ({@link #oneOff()}) are not monthly
 * payments: their month is zero and they count in the year only, so that no rounded
 * "year / 12" enters a monthly total (1,250 / 12 = 104.17 would make 12 months 1,250.04).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntitlement.class)
@JsonDeserialize(as = ImmutableEntitlement.class)
public abstract class Entitlement {

  /** {@return what the entitlement is} */
  public abstract EntitlementKind kind();

  /** {@return the member it is for; empty when it is for the whole household} */
  public abstract Optional<String> memberId();

  /** {@return the amount a month; zero for aid paid by term or once} */
  public abstract Money monthly();

  /**
   * {@return the amount a year: 12 × the month, or the yearly amount of aid paid by term or once}
   */
  public abstract Money yearly();

  /**
   * {@return whether it is a one-off grant (housing, relocation): counted in the year only; its
   * month is zero} False unless stated.
   */
  @Value.Default
  public boolean oneOff() {
    return false;
  }

  /** {@return 按学期发放 — paid by school term: counts in the year only; its month is zero} */
  @Value.Default
  public boolean byTerm() {
    return false;
  }

  /** {@return a builder of a new {@link Entitlement}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an entitlement. */
  public static final class Builder extends ImmutableEntitlement.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("kind", kind());
    if (v.require("monthly", monthly())) {
      v.check(!monthly().isNegative(), "monthly", monthly(), "may not be negative");
    }
    if (v.require("yearly", yearly())) {
      v.check(!yearly().isNegative(), "yearly", yearly(), "may not be negative");
    }
    v.check(!(oneOff() && byTerm()), "byTerm", byTerm(), "a one-off grant is not paid by term");
    if ((oneOff() || byTerm()) && monthly() != null) {
      v.check(monthly().isZero(), "monthly", monthly(), "must be zero for a one-off grant or aid paid by term");
    }
    v.throwIfAny();
  }
}

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

  public abstract EntitlementKind kind();

  public abstract Optional<String> memberId();

  public abstract Money monthly();

  public abstract Money yearly();

  @Value.Default
  public boolean oneOff() {
    return false;
  }

  /** 按学期发放 — paid by school term: counts in the year only; its month is zero. */
  @Value.Default
  public boolean byTerm() {
    return false;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an entitlement. */
  public static final class Builder extends ImmutableEntitlement.Builder {}

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

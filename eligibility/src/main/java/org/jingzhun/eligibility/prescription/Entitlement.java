package org.jingzhun.eligibility.prescription;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 帮扶待遇 — one entitlement of a prescription: the kind, the member it is for (if one), the
 * amount a month and a year. A monthly payment's year is 12 × the month; a yearly aid's month is
 * its year / 12 rounded half-up (shown for comparison, paid by term); a one-off grant counts in
 * the year only.
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
    v.throwIfAny();
  }
}

package org.jingzhun.eligibility.entitlement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 帮扶待遇 — one entitlement of a prescription: the kind, the member it is for (if one), the
 * amount a month and a year. A monthly payment's year is 12 × the month. Aid paid by the year
 * (education aid, by school term) and a one-off grant are not monthly payments: their month is
 * zero and they count in the year only, so that no rounded "year / 12" enters a monthly total
 * (1,250 / 12 = 104.17 would make 12 months 1,250.04). Build one with {@link Grants}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEntitlement.class)
@JsonDeserialize(as = ImmutableEntitlement.class)
public abstract class Entitlement {
  private static final int MONTHS = 12;

  /** {@return what the entitlement is} */
  public abstract EntitlementKind kind();

  /** {@return the member it is for; empty when it is for the whole household} */
  public abstract Optional<String> memberId();

  /** {@return the amount a month; zero for aid paid by the year or once} */
  public abstract Money monthly();

  /** {@return the amount a year: 12 × the month, or the amount of aid paid by the year or once} */
  public abstract Money yearly();

  /** {@return how it is paid (its kind's payment), as JSON writes it for readers} */
  @JsonProperty(value = "payment", access = JsonProperty.Access.READ_ONLY)
  @Value.Auxiliary
  @Value.Derived
  public Payment payment() {
    return kind().payment();
  }

  /**
   * {@return the entitlement of {@code kind} with {@code amount}: the amount a month for a monthly
   * kind (its year is 12 ×), else the amount of the year or of the grant (its month is zero)}
   *
   * @param kind what the entitlement is
   * @param memberId the member it is for; empty when it is for the whole household
   * @param amount the amount a month, a year or once, as the kind is paid
   * @throws org.jingzhun.core.validation.ValidationException when the amount is negative
   */
  public static Entitlement of(EntitlementKind kind, Optional<String> memberId, Money amount) {
    boolean monthly = kind.payment() == Payment.MONTHLY;
    return builder().kind(kind).memberId(memberId).monthly(monthly ? amount : Money.ZERO)
        .yearly(monthly ? amount.times(MONTHS) : amount).build();
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
    boolean haveMonth = v.require("monthly", monthly());
    if (haveMonth) {
      v.check(!monthly().isNegative(), "monthly", monthly(), "may not be negative");
    }
    if (v.require("yearly", yearly())) {
      v.check(!yearly().isNegative(), "yearly", yearly(), "may not be negative");
    }
    if (kind() != null && haveMonth && yearly() != null) {
      if (kind().payment() == Payment.MONTHLY) {
        if (!yearly().equals(monthly().times(MONTHS))) {
          // the message is built only for a violation: every grant is checked
          v.add("yearly", yearly(), "must be 12 × the monthly amount " + monthly());
        }
      } else {
        v.check(monthly().isZero(), "monthly", monthly(), "must be zero for aid paid by the year or once");
      }
    }
    v.throwIfAny();
  }
}

package org.jingzhun.planning.ledger;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 到户资金记录 — one payment or benefit a household received: the household (and member, if it
 * is for one), the day, the programme (an entitlement kind, a campaign programme or a medical
 * payer), the fund that paid it, the amount, and the rule and parameter values that produced it,
 * so that an auditor can find the payment in the fund's books and the reason for its amount in
 * the policy book.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLedgerEntry.class)
@JsonDeserialize(as = ImmutableLedgerEntry.class)
public abstract class LedgerEntry {

  /** {@return the household's register number} */
  public abstract String householdId();

  /** {@return the member it is for; empty when it is for the whole household} */
  public abstract Optional<String> memberId();

  /** {@return the day it was paid (or is due)} */
  public abstract LocalDate date();

  /**
   * {@return the programme's payment name, as {@code ledger.funding} names it: an
   * entitlement kind ({@code DIBAO_TOP_UP}) or a medical payer ({@code payer.MEDICAL_ASSISTANCE})}
   */
  public abstract String programme();

  /** {@return the programme's Chinese name} */
  public abstract String programmeChinese();

  /** {@return the programme's English name} */
  public abstract String programmeEnglish();

  /** {@return the id of the fund that paid it (a {@link Fund#id()})} */
  public abstract String fund();

  /** {@return the amount, more than zero} */
  public abstract Money amount();

  /** {@return the rule that produced the amount, by its key (e.g. {@code dibao})} */
  public abstract String rule();

  /**
   * {@return the parameter values the rule read, each as {@code name@region since date} (the
   * value in force for that region from that day), the funding parameters last}
   */
  public abstract List<String> parameters();

  /** {@return a builder of a new {@link LedgerEntry}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an entry. */
  public static final class Builder extends ImmutableLedgerEntry.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("householdId", householdId());
    v.require("date", date());
    v.require("programme", programme());
    v.require("fund", fund());
    v.require("rule", rule());
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "须大于零 / must be more than zero");
    }
    v.throwIfAny();
  }
}

package org.jingzhun.finance.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 台账分录 — one movement of a risk fund: a top-up, a compensation, a recovery, interest, a withdrawal. */
@Value.Immutable
@JsonSerialize(as = ImmutableLedgerEntry.class)
@JsonDeserialize(as = ImmutableLedgerEntry.class)
public abstract class LedgerEntry {

  /** {@return the day of the movement} */
  public abstract LocalDate date();

  /** {@return what the movement is: a top-up, a compensation paid, a recovery returned…} */
  public abstract LedgerEntryKind kind();

  /**
   * {@return the amount, positive; its kind says whether it adds to the balance or takes from it}
   */
  public abstract Money amount();

  /** {@return a reference: the loan compensated, the budget document of a top-up} */
  public abstract Optional<String> reference();

  /**
   * {@return the entry {@code kind} of {@code amount} on {@code date}}
   *
   * @param date the day of the movement
   * @param kind what the movement is
   * @param amount the amount, positive
   */
  public static LedgerEntry of(LocalDate date, LedgerEntryKind kind, Money amount) {
    return ImmutableLedgerEntry.builder().date(date).kind(kind).amount(amount).build();
  }

  /** {@return the entry's effect on the balance: negative for compensations and withdrawals} */
  public final Money signedAmount() {
    return kind() == LedgerEntryKind.COMPENSATION || kind() == LedgerEntryKind.WITHDRAWAL ? amount().negated() : amount();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("date", date());
    v.require("kind", kind());
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "must be more than zero");
    }
    v.throwIfAny();
  }
}

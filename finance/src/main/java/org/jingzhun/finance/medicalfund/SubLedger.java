package org.jingzhun.finance.medicalfund;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/**
 * 分账 — one source's sub-ledger for a year (分账核算): its opening balance, what it received,
 * what was charged to it, and its closing balance, which is the opening plus the receipts less
 * the disbursements, to the fen.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSubLedger.class)
@JsonDeserialize(as = ImmutableSubLedger.class)
public abstract class SubLedger {

  /** {@return the source} */
  public abstract FundSource source();

  /** {@return the balance at the start of the year} */
  public abstract Money opening();

  /** {@return the receipts of the year} */
  public abstract Money receipts();

  /** {@return the disbursements charged to it in the year} */
  public abstract Money disbursements();

  /** {@return the balance at the end of the year} */
  public abstract Money closing();

  /** {@return a builder of a new {@link SubLedger}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a sub-ledger. */
  public static final class Builder extends ImmutableSubLedger.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}): closing = opening + receipts − disbursements.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Money expected = opening().plus(receipts()).minus(disbursements());
    Violations.collect().check(expected.equals(closing()), "closing", closing(),
        "须等于期初加收入减支出 " + expected + " / must be the opening plus receipts less disbursements").throwIfAny();
  }
}

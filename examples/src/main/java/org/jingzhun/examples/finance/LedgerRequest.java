package org.jingzhun.examples.finance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.finance.risk.FundLedger;

/**
 * 台账查询请求 — a risk fund's ledger (its movements, leverage multiple and suspension line),
 * and the loans outstanding against it with their overdue part on the situation's date (both
 * zero unless stated): the balances after each movement, and on the date the balance, lending
 * capacity and whether new lending is suspended.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLedgerRequest.class)
@JsonDeserialize(as = ImmutableLedgerRequest.class)
public abstract class LedgerRequest {

  public abstract FundLedger ledger();

  /** 在贷余额 — loans outstanding against the fund on the date. */
  @Value.Default
  public Money outstanding() {
    return Money.ZERO;
  }

  /** 逾期贷款 — the overdue part of them. */
  @Value.Default
  public Money arrears() {
    return Money.ZERO;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every problem at once. */
  public static final class Builder extends ImmutableLedgerRequest.Builder {}

  /**
   * The ledger's balances and its lending status on the situation's date.
   *
   * @throws ValidationException at {@code outstanding} or {@code arrears} if they are negative
   *     or the arrears exceed the outstanding loans
   */
  public LedgerReport compute(Situation situation) {
    return LedgerReport.of(ledger(), ledger().lendingStatus(situation.date(), outstanding(), arrears()));
  }

  /** The same with how the lending status was reached; see {@link #compute}. */
  public Explained<LedgerReport> explain(Situation situation) {
    return ExplainedValues.map(ledger().explainLendingStatus(situation.date(), outstanding(), arrears()),
        status -> LedgerReport.of(ledger(), status));
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("ledger", ledger());
    v.require("outstanding", outstanding());
    v.require("arrears", arrears());
    v.throwIfAny();
  }
}

package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/** 贷款台账 — one loan of a portfolio: its terms and what has happened to it so far. */
@Value.Immutable
@JsonSerialize(as = ImmutableLoanAccount.class)
@JsonDeserialize(as = ImmutableLoanAccount.class)
public abstract class LoanAccount {

  public abstract LoanTerms terms();

  /** What happened; none unless stated. */
  @Value.Default
  public LoanHistory history() {
    return LoanHistory.none();
  }

  public static LoanAccount of(LoanTerms terms, LoanHistory history) {
    return ImmutableLoanAccount.builder().terms(terms).history(history).build();
  }

  public static LoanAccount of(LoanTerms terms) {
    return of(terms, LoanHistory.none());
  }

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("terms", terms());
    v.require("history", history());
    v.throwIfAny();
  }
}

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

  /** {@return the loan's contract terms} */
  public abstract LoanTerms terms();

  /** {@return what happened; none unless stated} */
  @Value.Default
  public LoanHistory history() {
    return LoanHistory.none();
  }

  /**
   * {@return a loan and its history}
   *
   * @param terms the loan's contract terms
   * @param history what actually happened to the loan: repayments, arrears, write-offs, deferrals
   */
  public static LoanAccount of(LoanTerms terms, LoanHistory history) {
    return ImmutableLoanAccount.builder().terms(terms).history(history).build();
  }

  /**
   * {@return a loan with nothing yet happened to it}
   *
   * @param terms the loan's contract terms
   */
  public static LoanAccount of(LoanTerms terms) {
    return of(terms, LoanHistory.none());
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
    v.require("terms", terms());
    v.require("history", history());
    v.throwIfAny();
  }
}

package org.jingzhun.finance.risk;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 不良贷款 — a defaulted loan as presented for compensation: what is outstanding, and since when. */
@Value.Immutable
@JsonSerialize(as = ImmutableLoanDefault.class)
@JsonDeserialize(as = ImmutableLoanDefault.class)
public abstract class LoanDefault {

  /** {@return the loan's identifier} */
  public abstract String loanId();

  /** {@return 逾期本金 — principal outstanding} */
  public abstract Money outstandingPrincipal();

  /** {@return 欠息 — interest due and unpaid; zero unless stated} */
  @Value.Default
  public Money unpaidInterest() {
    return Money.ZERO;
  }

  /** {@return the day the loan was declared in default (代偿认定日)} */
  public abstract LocalDate defaultDate();

  /**
   * {@return the default of loan {@code loanId}}
   *
   * @param loanId the loan's identifier
   * @param principal the principal outstanding
   * @param interest the interest unpaid
   * @param date the day of the default
   */
  public static LoanDefault of(String loanId, Money principal, Money interest, LocalDate date) {
    return ImmutableLoanDefault.builder().loanId(loanId).outstandingPrincipal(principal).unpaidInterest(interest)
        .defaultDate(date).build();
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
    v.require("loanId", loanId());
    v.require("defaultDate", defaultDate());
    if (v.require("outstandingPrincipal", outstandingPrincipal())) {
      v.check(!outstandingPrincipal().isNegative(), "outstandingPrincipal", outstandingPrincipal(), "may not be negative");
    }
    if (v.require("unpaidInterest", unpaidInterest())) {
      v.check(!unpaidInterest().isNegative(), "unpaidInterest", unpaidInterest(), "may not be negative");
    }
    v.throwIfAny();
  }
}

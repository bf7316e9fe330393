package org.jingzhun.finance.revolving;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 还款 — principal repaid to a fund on one loan. */
@Value.Immutable
@JsonSerialize(as = ImmutableFundRepayment.class)
@JsonDeserialize(as = ImmutableFundRepayment.class)
public abstract class FundRepayment {

  /** {@return the identifier of the loan repaid} */
  public abstract String loanId();

  /** {@return the day of the repayment} */
  public abstract LocalDate date();

  /** {@return the amount repaid; positive} */
  public abstract Money amount();

  /**
   * {@return the repayment of {@code amount} on loan {@code loanId}}
   *
   * @param loanId the loan's identifier
   * @param date the day of the repayment
   * @param amount the amount repaid
   */
  public static FundRepayment of(String loanId, LocalDate date, Money amount) {
    return ImmutableFundRepayment.builder().loanId(loanId).date(date).amount(amount).build();
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
    v.require("date", date());
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "must be more than zero");
    }
    v.throwIfAny();
  }
}

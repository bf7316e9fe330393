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

  public abstract String loanId();

  public abstract LocalDate date();

  /** Positive. */
  public abstract Money amount();

  public static FundRepayment of(String loanId, LocalDate date, Money amount) {
    return ImmutableFundRepayment.builder().loanId(loanId).date(date).amount(amount).build();
  }

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

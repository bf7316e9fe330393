package org.jingzhun.finance.revolving;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 借款 — a loan from a revolving or mutual-aid fund to a household or member. */
@Value.Immutable
@JsonSerialize(as = ImmutableFundLoan.class)
@JsonDeserialize(as = ImmutableFundLoan.class)
public abstract class FundLoan {

  /** {@return the loan's identifier} */
  public abstract String id();

  /** {@return the borrowing household (or, in a mutual-aid fund, member)} */
  public abstract String borrower();

  /** {@return the day the loan was lent} */
  public abstract LocalDate date();

  /** {@return the amount lent; positive} */
  public abstract Money amount();

  /** {@return the day it is to be repaid by; after {@link #date()}} */
  public abstract LocalDate dueDate();

  /**
   * {@return the loan {@code id}}
   *
   * @param id the loan's identifier
   * @param borrower the borrower's identifier
   * @param date the day it was lent
   * @param amount the amount lent
   * @param dueDate the day it is due
   */
  public static FundLoan of(String id, String borrower, LocalDate date, Money amount, LocalDate dueDate) {
    return ImmutableFundLoan.builder().id(id).borrower(borrower).date(date).amount(amount).dueDate(dueDate).build();
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
    v.require("id", id());
    v.require("borrower", borrower());
    if (v.require("amount", amount())) {
      v.check(amount().isPositive(), "amount", amount(), "must be more than zero");
    }
    if (v.require("date", date()) & v.require("dueDate", dueDate())) {
      v.check(dueDate().isAfter(date()), "dueDate", dueDate(), "must be after the loan date " + date());
    }
    v.throwIfAny();
  }
}

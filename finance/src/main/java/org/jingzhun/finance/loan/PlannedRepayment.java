package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.Violations;

/** 约定还本 — one repayment of principal that an explicit schedule lists: its date and amount. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlannedRepayment.class)
@JsonDeserialize(as = ImmutablePlannedRepayment.class)
public abstract class PlannedRepayment {

  /** {@return the day the principal falls due} */
  public abstract LocalDate date();

  /** {@return the principal repaid on {@link #date()}, positive} */
  public abstract Money principal();

  /**
   * {@return the repayment of {@code principal} on {@code date}}
   *
   * @param date the day it falls due
   * @param principal the principal due
   */
  public static PlannedRepayment of(LocalDate date, Money principal) {
    return ImmutablePlannedRepayment.builder().date(date).principal(principal).build();
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
    if (v.require("principal", principal())) {
      v.check(principal().isPositive(), "principal", principal(), "must be more than zero");
    }
    v.throwIfAny();
  }
}

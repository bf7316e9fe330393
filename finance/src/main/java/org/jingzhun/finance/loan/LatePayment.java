package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 逾期还款 — a period whose principal was not repaid on its due date: repaid late on
 * {@link #paidOn()}, or not at all (still overdue). The overdue principal keeps accruing
 * interest at the contract rate until repaid; penalty interest (罚息) is not modelled.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLatePayment.class)
@JsonDeserialize(as = ImmutableLatePayment.class)
public abstract class LatePayment {

  /** {@return the period (1 = the first) whose principal was late} */
  public abstract int period();

  /** {@return the day it was finally repaid, after its due date; empty if still unpaid} */
  public abstract Optional<LocalDate> paidOn();

  /**
   * {@return period {@code period}'s instalment, paid late on {@code paidOn}}
   *
   * @param period the period, from 1
   * @param paidOn the day it was paid
   */
  public static LatePayment paidOn(int period, LocalDate paidOn) {
    return ImmutableLatePayment.builder().period(period).paidOn(paidOn).build();
  }

  /**
   * {@return period {@code period}'s instalment, never paid}
   *
   * @param period the period, from 1
   */
  public static LatePayment unpaid(int period) {
    return ImmutableLatePayment.builder().period(period).build();
  }

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations.collect().check(period() >= 1, "period", period(), "periods are numbered from 1").throwIfAny();
  }
}

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

  /** The period (1 = the first) whose principal was late. */
  public abstract int period();

  /** The day it was finally repaid, after its due date; empty if still unpaid. */
  public abstract Optional<LocalDate> paidOn();

  public static LatePayment paidOn(int period, LocalDate paidOn) {
    return ImmutableLatePayment.builder().period(period).paidOn(paidOn).build();
  }

  public static LatePayment unpaid(int period) {
    return ImmutableLatePayment.builder().period(period).build();
  }

  @Value.Check
  protected void check() {
    Violations.collect().check(period() >= 1, "period", period(), "periods are numbered from 1").throwIfAny();
  }
}

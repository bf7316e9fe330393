package org.jingzhun.finance.loan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 延期还款 — an approved deferral of one instalment: the bank agreed that its principal may be
 * repaid up to {@link #until()} instead of on its due date, as the 2020 epidemic measures let
 * banks do for poverty microcredit. The schedule is unchanged (the deferred principal bears
 * interest at the contract rate until repaid, which a {@link LatePayment} records); a subsidy
 * policy that provides for deferrals does not count the instalment overdue while the deferral
 * runs. Checked against the schedule when applied: the period must exist and {@code until} be
 * after its due date.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeferral.class)
@JsonDeserialize(as = ImmutableDeferral.class)
public abstract class Deferral {

  /** {@return the period (1 = the first) whose instalment was deferred} */
  public abstract int period();

  /** {@return 延期后到期日 — the last day the deferred principal may be repaid} */
  public abstract LocalDate until();

  /**
   * {@return the deferral of period {@code period}'s instalment to {@code until}}
   *
   * @param period the period whose instalment is deferred, from 1
   * @param until the day it is deferred to
   */
  public static Deferral of(int period, LocalDate until) {
    return ImmutableDeferral.builder().period(period).until(until).build();
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
    v.check(period() >= 1, "period", period(), "periods are numbered from 1");
    v.require("until", until());
    v.throwIfAny();
  }
}

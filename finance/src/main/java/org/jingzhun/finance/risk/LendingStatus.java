package org.jingzhun.finance.risk;

import java.util.List;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.money.Money;

/**
 * 放贷状态 — whether new loans backed by a fund may be made on a date, and why not.
 *
 * @param capacity balance × leverage multiple, rounded down to the fen
 * @param arrearsRatio arrears / outstanding to four decimal places (half up), for display; the
 *     suspension test compares exactly. Empty when nothing is outstanding.
 * @param reasons empty when lending may go on
 */
public record LendingStatus(
    LocalDate date,
    Money balance,
    Money capacity,
    Money outstanding,
    Money arrears,
    Optional<BigDecimal> arrearsRatio,
    List<SuspensionReason> reasons) {

  /** {@return whether new lending backed by the fund is suspended} */
  public boolean isSuspended() {
    return !reasons.isEmpty();
  }

  /** {@return what may still be lent: capacity − outstanding, not below zero} */
  public Money room() {
    return capacity.minus(outstanding).max(Money.ZERO);
  }
}

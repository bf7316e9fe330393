package org.jingzhun.finance.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;

/**
 * 还款期次 — one period of a repayment schedule, {@code [start, end)}: interest accrues from
 * {@code start} up to {@code end}, when it and the period's principal fall due.
 *
 * @param number 1 for the first period
 * @param days the period's days under the loan's day count
 * @param rate the annual rate in force for the period
 * @param openingPrincipal the principal outstanding at the start
 * @param interest the interest of the period, rounded once by the loan's rounding
 * @param principal the principal repaid in the period by instalment (including earlier
 *     instalments repaid late in it), not counting prepayments
 * @param prepaid the principal prepaid in the period
 * @param payment interest + principal + prepaid
 * @param closingPrincipal the principal outstanding at the end: opening − principal − prepaid
 * @param status how the period's own instalment was repaid
 * @param dueDate when the period's own instalment fell due (its planned end)
 * @param repaidOn when the period's own instalment was repaid; empty if it was not
 */
public record SchedulePeriod(
    int number,
    LocalDate start,
    LocalDate end,
    long days,
    AnnualRate rate,
    Money openingPrincipal,
    Money interest,
    Money principal,
    Money prepaid,
    Money payment,
    Money closingPrincipal,
    PeriodStatus status,
    LocalDate dueDate,
    Optional<LocalDate> repaidOn) {

  /**
   * {@return days the period's instalment was overdue on {@code date}: 0 if repaid on time or not
   * yet due}
   *
   * @param date the day whose rules apply
   */
  public long overdueDaysOn(LocalDate date) {
    LocalDate until = repaidOn.filter(d -> d.isBefore(date)).orElse(date);
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, until));
  }
}

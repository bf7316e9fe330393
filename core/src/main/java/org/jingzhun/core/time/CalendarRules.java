package org.jingzhun.core.time;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** 日期规则 — the calendar facts that rules ask for: ages and day counts. */
public final class CalendarRules {
  private CalendarRules() {}

  /**
   * {@return age in completed years on {@code date}: a person born on 2010-03-01 turns 16 on
   * 2026-03-01, not the day before} One born on February 29 turns a year older on March 1 of a
   * common year (as {@link Period#between} counts).
   *
   * @param birthDate the day of birth
   * @param date the day on which the age is counted, not before the birth
   * @throws IllegalArgumentException if {@code date} is before {@code birthDate}
   */
  public static int ageOn(LocalDate birthDate, LocalDate date) {
    if (date.isBefore(birthDate)) {
      throw new IllegalArgumentException("date " + date + " is before the birth date " + birthDate);
    }
    return Period.between(birthDate, date).getYears();
  }

  /**
   * {@return days from {@code from} (counted) to {@code to} (not counted); negative if reversed}
   *
   * @param from the first day, counted
   * @param to the last day, not counted
   */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}

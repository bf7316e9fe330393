package org.jingzhun.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jingzhun.core.validation.ValidationException;

/**
 * 期间 — a half-open range of days, {@code [start, endExclusive)}: the start day is in, the end
 * day is not. An interest period from 03-21 to 06-21 has 92 days and ends the day before the
 * next begins. An empty range ({@code start == endExclusive}) is allowed.
 */
public record DateRange(
    @JsonProperty("start") LocalDate start, @JsonProperty("endExclusive") LocalDate endExclusive) {

  /**
   * @param start the first day, in the range
   * @param endExclusive the day after the last, not before {@code start}
   * @throws ValidationException if either date is missing or the end is before the start
   */
  @JsonCreator
  public DateRange {
    if (start == null || endExclusive == null) {
      throw ValidationException.of(start == null ? "start" : "endExclusive", null, "is required");
    }
    if (endExclusive.isBefore(start)) {
      throw ValidationException.of(
          "endExclusive", endExclusive, "may not be before the start " + start);
    }
  }

  /**
   * {@return the days from {@code start} (in) to {@code endExclusive} (out)}
   *
   * @param start the first day, in the range
   * @param endExclusive the day after the last, not before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate endExclusive) {
    return new DateRange(start, endExclusive);
  }

  /**
   * {@return the calendar year {@code year}: January 1 to the next January 1}
   *
   * @param year the year, e.g. 2019
   */
  public static DateRange ofYear(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * {@return the calendar year}
   *
   * @param year the year
   */
  public static DateRange of(Year year) {
    return ofYear(year.getValue());
  }

  /**
   * {@return the calendar month}
   *
   * @param month the month
   */
  public static DateRange of(YearMonth month) {
    return of(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /** {@return the number of days in the range ({@code endExclusive − start})} */
  public long days() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  /** {@return whether the range holds no day (its start is its end)} */
  public boolean isEmpty() {
    return start.equals(endExclusive);
  }

  /**
   * {@return whether {@code date} is on or after the start and before the end}
   *
   * @param date the day to test
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive);
  }

  /**
   * {@return whether the two ranges share at least one day}
   *
   * @param other the other range
   */
  public boolean overlaps(DateRange other) {
    return start.isBefore(other.endExclusive) && other.start.isBefore(endExclusive);
  }

  /**
   * {@return the days in both ranges, if any}
   *
   * @param other the other range
   */
  public Optional<DateRange> intersection(DateRange other) {
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = endExclusive.isBefore(other.endExclusive) ? endExclusive : other.endExclusive;
    return s.isBefore(e) ? Optional.of(of(s, e)) : Optional.empty();
  }

  /** {@return the last day in the range} */
  public LocalDate lastDay() {
    return endExclusive.minusDays(1);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + endExclusive + ")";
  }
}

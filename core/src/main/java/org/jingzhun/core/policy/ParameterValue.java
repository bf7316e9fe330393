package org.jingzhun.core.policy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 参数值 — one value of a parameter for one region over a period of days, with its source and
 * where it was written ({@code file:line}, or the reform that set it).
 *
 * @param from the first day in force
 * @param until the first day no longer in force, if the value ends
 * @param value the value, of the parameter's unit's type (or its key's, for a typed table)
 * @param source where the value comes from and how sure it is
 * @param origin where it was written: {@code file:line}, or the reform that set it
 */
public record ParameterValue(LocalDate from, Optional<LocalDate> until, Object value, Source source, String origin) {

  /**
   * A value; every component is required.
   *
   * @param from the first day in force
   * @param until the first day no longer in force, if the value ends
   * @param value the value, of the parameter's unit's type (or its key's, for a typed table)
   * @param source where the value comes from and how sure it is
   * @param origin where it was written: {@code file:line}, or the reform that set it
   * @throws NullPointerException if a component is null
   */
  public ParameterValue {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(origin, "origin");
    if (until.isPresent() && !until.get().isAfter(from)) {
      throw new IllegalArgumentException("a value's end " + until.get() + " must be after its start " + from);
    }
  }

  /** The value over the days of {@code range} (closed at the start, open or unbounded at the end). */
  static ParameterValue of(Range<LocalDate> range, Object value, Source source, String origin) {
    return new ParameterValue(range.lowerEndpoint(),
        range.hasUpperBound() ? Optional.of(range.upperEndpoint()) : Optional.empty(), value, source, origin);
  }

  /**
   * {@return whether {@code date} is one of the value's days}
   *
   * @param date the day whose rules apply
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
  }

  /** The value's days as a range, for the book's timelines. */
  Range<LocalDate> range() {
    return until.isPresent() ? Range.closedOpen(from, until.get()) : Range.atLeast(from);
  }

  /** The same value over other days (a value cut short by a reform keeps its source). */
  ParameterValue over(Range<LocalDate> range) {
    return of(range, value, source, origin);
  }
}

package org.jingzhun.core.policy;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 参数值 — one value of a parameter for one region over a period of days, with its source and
 * where it was written ({@code file:line}, or the reform that set it).
 *
 * @param period closed at the start, open at the end or unbounded above
 */
public record ParameterValue(Range<LocalDate> period, Object value, Source source, String origin) {

  /** {@return the first day in force} */
  public LocalDate from() {
    return period.lowerEndpoint();
  }

  /** {@return the first day no longer in force, if the value ends} */
  public Optional<LocalDate> until() {
    return period.hasUpperBound() ? Optional.of(period.upperEndpoint()) : Optional.empty();
  }
}

package org.jingzhun.eligibility.policy;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;

/**
 * 扶贫标准 — the poverty line a region uses on a date: the series it chose
 * ({@code poverty.line.series}: {@code statistical}, the statistics bureau's line; {@code exit-check}, the
 * working figure of the 2020 exit checks; or {@code planning-path}) and that series' value in
 * force, in yuan per person per year. Each series is its own parameter; none mixes another's
 * figures.
 *
 * @param series the reading of the series choice
 * @param line the reading of the chosen series' value
 */
public record PovertyLine(Reading series, Reading line) {
  /** The parameter naming the series in use. */
  public static final ParameterKey<String> SERIES = ParameterKey.text("poverty.line.series");
  /**
   * Prefix of the series' parameters: {@code poverty.line.statistical},
   * {@code poverty.line.exit-check}, {@code poverty.line.planning-path}; an overlay may add a
   * series of its own under it.
   */
  public static final String PREFIX = "poverty.line.";
  /** The statistics series (国家统计局现价扶贫标准), in yuan per person per year. */
  public static final ParameterKey<Money> STATISTICAL = ParameterKey.money(PREFIX + "statistical");
  /** The series used by exit checks (退出验收标准), in yuan per person per year. */
  public static final ParameterKey<Money> EXIT_CHECK = ParameterKey.money(PREFIX + "exit-check");
  /** The series of the planning path (规划口径), in yuan per person per year. */
  public static final ParameterKey<Money> PLANNING_PATH = ParameterKey.money(PREFIX + "planning-path");

  /**
   * {@return the line of the series chosen for {@code region} on {@code date}, in force on
   * {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws ValidationException naming the parameter, region and date if either is not in
   *     force, or if the chosen series is not a parameter of the book
   */
  public static PovertyLine of(PolicyBook book, RegionCode region, LocalDate date) {
    Reading series = book.get(SERIES, region, date);
    String name = PREFIX + series.value(SERIES);
    if (book.parameter(name).isEmpty() || name.equals(SERIES.name())) {
      throw ValidationException.of("parameter", series.value(SERIES), "parameter " + SERIES.name() + " for region " + region
          + " on " + date + " names a series '" + series.value(SERIES) + "' for which the book has no parameter " + name);
    }
    return new PovertyLine(series, book.get(name, region, date));
  }

  /**
   * Records in {@code read} the series choice and the chosen series' value, on the reader's date.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(SERIES).map(series -> PREFIX + series.value(SERIES))
        .filter(name -> read.book().parameter(name).isPresent() && !name.equals(SERIES.name()))
        .ifPresent(read::need);
  }

  /**
   * {@return the line of the series chosen for {@code region} on {@code date}, if the choice and
   * that series' value are both in force; see {@link #of} for the error a caller needing it gets}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   */
  public static Optional<PovertyLine> find(PolicyBook book, RegionCode region, LocalDate date) {
    return book.find(SERIES, region, date).flatMap(series -> {
      String name = PREFIX + series.value(SERIES);
      if (book.parameter(name).isEmpty() || name.equals(SERIES.name())) {
        return Optional.empty();
      }
      return book.find(name, region, date).map(line -> new PovertyLine(series, line));
    });
  }

  /** {@return the line in yuan per person per year} */
  public Money perPersonPerYear() {
    return line.money();
  }

  /**
   * Cites both readings.
   *
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   */
  public void cite(Trace trace) {
    trace.parameter(series).parameter(line);
  }
}

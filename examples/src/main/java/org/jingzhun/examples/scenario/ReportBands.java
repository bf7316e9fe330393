package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.examples.report.Chart.Band;
import org.jingzhun.planning.uncertainty.HeadlineBands;
import org.jingzhun.planning.uncertainty.RunBands;

/**
 * 报告区间 — the report's bands from many runs of a scenario: each headline chart's series takes the
 * 5th to 95th percentile of its runs ({@code --runs N}) as its shaded band. The report names a
 * series by its chart (and, in a chart of several, the series); the runs name it by headline.
 */
public final class ReportBands {
  /** The report's series, by the name of the runs' headline that gives its band. */
  private static final Map<String, String> HEADLINE = Map.of(
      ScenarioReport.POOR_PERSONS, "poor_persons",
      ScenarioReport.FLOWS + ".exited", "exited_persons",
      ScenarioReport.FLOWS + ".new_poor", "new_poor_persons",
      ScenarioReport.FLOWS + ".returning", "returning_persons");

  private ReportBands() {}

  /**
   * {@return the bands the report draws from {@code runs}: a series with no headline of the runs
   * (the incidence, a ratio the runs do not band) has none}
   *
   * @param runs the percentiles of the runs
   */
  public static ScenarioReport.Bands of(RunBands runs) {
    return (series, year) -> Optional.ofNullable(HEADLINE.get(series))
        .flatMap(runs::count)
        .map(HeadlineBands::byYear)
        .map(byYear -> byYear.get(year))
        .map(b -> new Band(BigDecimal.valueOf(b.p5()), BigDecimal.valueOf(b.p95())));
  }
}

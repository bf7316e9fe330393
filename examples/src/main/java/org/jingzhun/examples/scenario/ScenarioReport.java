package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.jingzhun.core.money.Money;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.report.Chart;
import org.jingzhun.examples.report.Chart.Band;
import org.jingzhun.examples.report.HtmlReport;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 情景报告 — the HTML report of a research scenario ({@code simulate --report}) and of a reform
 * against its baseline ({@code compare --report}): what was run, the headline charts year by
 * year, the tables and, for the demonstration district, the calibration table. A headline chart
 * takes each year's band from a {@link Bands} (the percentiles of many runs); a single run has
 * none.
 */
public final class ScenarioReport {
  /** The chart of poor persons by year. */
  public static final String POOR_PERSONS = "poor_persons";
  /** The chart of persons lifted out, newly identified and returning, by year. */
  public static final String FLOWS = "persons_in_and_out";
  /** The chart of the incidence of poverty by year. */
  public static final String INCIDENCE = "incidence";
  /** The chart of spending by programme by year. */
  public static final String PROGRAMMES = "spending_by_programme";
  /** The chart of grants by funding source by year. */
  public static final String SOURCES = "spending_by_source";

  private ScenarioReport() {}

  /**
   * 区间来源 — the band of a headline in a year, e.g. the 5th to 95th percentile over many runs.
   * Headlines are named by their chart ({@link #POOR_PERSONS}) and, within a chart of several,
   * their series (the chart's name, a dot and the series' English: {@code persons_in_and_out.exited}).
   */
  @FunctionalInterface
  public interface Bands {
    /** No bands: a single run. */
    Bands NONE = (headline, year) -> Optional.empty();

    /** {@return the band of {@code headline} in {@code year}, if there is one} */
    Optional<Band> band(String headline, int year);
  }

  /**
   * The report of one run of a scenario.
   *
   * @param scenario the scenario as prepared
   * @param result its run
   * @param countyYears the county's table by year
   * @param tables its tables by area
   * @param calibration the calibration table, for the demonstration district
   * @param bands the headlines' bands ({@link Bands#NONE} for one run)
   * @return the report
   */
  public static HtmlReport simulation(ResearchScenario scenario, CampaignResult result, Table countyYears, AreaTables tables,
      Optional<Table> calibration, Bands bands) {
    HtmlReport report = HtmlReport.titled("脱贫攻坚模拟 campaign simulation: " + scenario.name());
    about(report, scenario);
    List<YearResult> years = result.years();
    report.heading("逐年 year by year")
        .chart(POOR_PERSONS, line(POOR_PERSONS, "贫困人口 poor persons", "人 persons", years, bands, YearResult::poorPersons))
        .chart(FLOWS, flows(years, bands))
        .chart(INCIDENCE, incidence(years, bands))
        .table(countyYears);
    calibration.ifPresent(c -> report.heading("校准 calibration")
        .paragraph("Each target of the published figures beside the simulated value and the gap. The synthetic district is"
            + " not Bazhou: the gap is the demonstration's.")
        .table(c));
    report.heading("支出 spending")
        .chart(PROGRAMMES, spending(PROGRAMMES, "分项目支出 spending by programme", years, true))
        .table(tables.spendingByProgramme())
        .chart(SOURCES, spending(SOURCES, "分来源资金 grants by source", years, false))
        .table(tables.spendingBySource())
        .heading("乡镇 by township over the run")
        .table(tables.overRun(AreaLevel.TOWNSHIP));
    notes(report, result);
    return report;
  }

  /**
   * The report of a reform against its baseline.
   *
   * @param scenario the scenario as prepared
   * @param comparison the two runs compared
   * @param reform the reform, described in a line
   * @return the report
   */
  public static HtmlReport comparison(ResearchScenario scenario, ReformComparison comparison, String reform) {
    HtmlReport report = HtmlReport.titled("方案比较 reform against baseline: " + scenario.name());
    about(report, scenario);
    report.paragraph("改革 reform: " + scenario.reformName() + " — " + reform);
    Chart.Builder poor = Chart.builder(Chart.Kind.LINE, "贫困人口 poor persons: 基线与改革 baseline and reform", "年度 year", "人 persons");
    Chart.Builder spending = Chart.builder(Chart.Kind.BAR, "支出合计 spending: 基线与改革 baseline and reform", "年度 year", "元 yuan");
    for (int i = 0; i < comparison.baseline().years().size(); i++) {
      YearResult b = comparison.baseline().years().get(i);
      YearResult r = comparison.reform().years().get(i);
      String year = String.valueOf(b.year());
      poor.value("基线 baseline", year, b.poorPersons()).value("改革 reform", year, r.poorPersons());
      spending.value("基线 baseline", year, b.totalSpending()).value("改革 reform", year, r.totalSpending());
    }
    return report.heading("逐年 year by year")
        .chart(POOR_PERSONS, poor.build())
        .chart("spending", spending.build())
        .table(comparison.years())
        .heading("得失户 winners and losers")
        .table(comparison.winnersAndLosers())
        .heading("收入十等分 by income decile")
        .chart("deciles", deciles(comparison.deciles()))
        .table(comparison.deciles());
  }

  private static void about(HtmlReport report, ResearchScenario scenario) {
    if (scenario.synthetic()) {
      report.paragraph(DemonstrationDistrict.SYNTHETIC);
    }
    List<Integer> years = scenario.baseline().plan().years();
    report.paragraph("情景 scenario: " + scenario.name() + "; " + years.get(0) + "–" + years.get(years.size() - 1) + ", "
        + scenario.baseline().population().size() + " households, seed " + scenario.baseline().seed()
        + ". 点击表头排序 click a column heading to sort; 点击图例显示或隐藏 click a legend entry to show or hide its series;"
        + " each chart's data is in the CSV file named under it.");
  }

  private static void notes(HtmlReport report, CampaignResult result) {
    if (!result.notes().isEmpty()) {
      report.heading("模拟说明 notes of the simulation");
      result.notes().forEach(report::paragraph);
    }
  }

  private static Chart line(String headline, String title, String unit, List<YearResult> years, Bands bands,
      ToLongFunction<YearResult> value) {
    Chart.Builder chart = Chart.builder(Chart.Kind.LINE, title, "年度 year", unit);
    for (YearResult y : years) {
      String year = String.valueOf(y.year());
      chart.value(title, year, value.applyAsLong(y));
      bands.band(headline, y.year()).ifPresent(b -> chart.band(title, year, b.low(), b.high()));
    }
    return chart.build();
  }

  private static Chart flows(List<YearResult> years, Bands bands) {
    Chart.Builder chart = Chart.builder(Chart.Kind.LINE, "脱贫、新识别与返贫 lifted out, new poor and returning", "年度 year", "人 persons");
    for (YearResult y : years) {
      flow(chart, bands, "exited", "脱贫 lifted out", y, y.exitedPersons());
      flow(chart, bands, "new_poor", "新识别 new poor", y, y.newPoorPersons());
      flow(chart, bands, "returning", "返贫 returning", y, y.returningPersons());
    }
    return chart.build();
  }

  private static void flow(Chart.Builder chart, Bands bands, String key, String series, YearResult y, long persons) {
    String year = String.valueOf(y.year());
    chart.value(series, year, persons);
    bands.band(FLOWS + "." + key, y.year()).ifPresent(b -> chart.band(series, year, b.low(), b.high()));
  }

  private static Chart incidence(List<YearResult> years, Bands bands) {
    String series = "贫困发生率 incidence";
    Chart.Builder chart = Chart.builder(Chart.Kind.LINE, series + " (%)", "年度 year", "% percent");
    for (YearResult y : years) {
      String year = String.valueOf(y.year());
      chart.value(series, year, percent(y.county().incidence()));
      bands.band(INCIDENCE, y.year()).ifPresent(b -> chart.band(series, year, b.low(), b.high()));
    }
    return chart.build();
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
  }

  private static Chart spending(String name, String title, List<YearResult> years, boolean byProgramme) {
    Chart.Builder chart = Chart.builder(Chart.Kind.STACKED_BAR, title, "年度 year", "元 yuan");
    for (YearResult y : years) {
      String year = String.valueOf(y.year());
      if (byProgramme) {
        y.spendingByProgramme().forEach((p, m) -> chart.value(p.chinese() + " " + p.english(), year, m));
      } else {
        y.spendingBySource().forEach((s, m) -> chart.value(s, year, m));
      }
    }
    return chart.build();
  }

  private static Chart deciles(Table deciles) {
    int decile = deciles.keys().indexOf("decile");
    int change = deciles.keys().indexOf("change_per_household_yuan");
    Chart.Builder chart = Chart.builder(Chart.Kind.BAR, "户均转移支付变化 change of transfers per household, by income decile",
        "收入十等分组 income decile", "元 yuan");
    deciles.rows().forEach(r -> chart.value("户均变化 change per household", r.get(decile), Money.of(new BigDecimal(r.get(change)))));
    return chart.build();
  }
}

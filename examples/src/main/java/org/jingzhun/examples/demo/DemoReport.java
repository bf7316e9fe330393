package org.jingzhun.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jingzhun.examples.district.DemoAssumptions;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.report.Chart;
import org.jingzhun.examples.report.CsvTable;
import org.jingzhun.examples.report.MarkdownReport;
import org.jingzhun.examples.report.HtmlReport;
import org.jingzhun.examples.report.ReportFiles;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.simulation.YearResult;
import org.jingzhun.planning.target.TargetCheck;

/**
 * 演示报告 — writes a {@link DemoRun} as a report folder: {@code report.md}, a CSV file of every
 * table, and the same report as {@code report.html} with each chart's data and PNG beside it
 * ({@link ReportFiles}, the report path of {@code simulate --report}). The same run gives
 * byte-identical files (no dates or times are written).
 */
public final class DemoReport {
  /** The report's file name. */
  public static final String REPORT = "report.md";
  /** The CSV files, by table. */
  public static final String YEARS_CSV = "years.csv";
  public static final String TARGETS_CSV = "targets.csv";
  public static final String PROGRAMMES_CSV = "spending-by-programme.csv";
  public static final String SOURCES_CSV = "spending-by-source.csv";
  public static final String ASSUMPTIONS_CSV = "assumptions.csv";
  /** The charts, by name: each drawn in report.html, its picture NAME.png and its data chart_NAME.csv. */
  public static final String POOR_CHART = "poor_persons";
  public static final String INCIDENCE_CHART = "incidence";
  public static final String VILLAGES_CHART = "villages_delisted";
  public static final String PROGRAMMES_CHART = "spending_by_programme";
  public static final String SOURCES_CHART = "spending_by_source";

  private static final ImmutableList<String> CHARTS = ImmutableList.of(POOR_CHART, INCIDENCE_CHART, VILLAGES_CHART,
      PROGRAMMES_CHART, SOURCES_CHART);

  /** Every file the folder holds: report.md, the tables' CSV files, report.html and each chart's CSV and PNG. */
  public static final ImmutableList<String> FILES = ImmutableList.<String>builder()
      .add(REPORT, YEARS_CSV, TARGETS_CSV, PROGRAMMES_CSV, SOURCES_CSV, ASSUMPTIONS_CSV, ReportFiles.HTML)
      .addAll(CHARTS.stream().flatMap(c -> java.util.stream.Stream.of(HtmlReport.csvFile(c), HtmlReport.pngFile(c))).toList())
      .build();

  private DemoReport() {}

  /** Writes the folder {@code out}, creating it if needed and replacing the files it names; CSV without a byte-order mark. */
  public static void write(DemoRun run, Path out) throws IOException {
    write(run, out, false);
  }

  /**
   * Writes the folder {@code out}, creating it if needed and replacing the files it names.
   *
   * @param run the run
   * @param out the folder
   * @param excel whether the CSV files start with a byte-order mark, for spreadsheet programs
   * @throws IOException if a file cannot be written
   */
  public static void write(DemoRun run, Path out, boolean excel) throws IOException {
    Files.createDirectories(out);
    Sections s = new Sections(run, DemoTables.years(run), DemoTables.targets(run), DemoTables.spendingByProgramme(run),
        DemoTables.spendingBySource(run), DemoTables.assumptions(run), charts(run));
    Map<String, Table> csv = ImmutableMap.of(YEARS_CSV, s.years, TARGETS_CSV, s.targets, PROGRAMMES_CSV, s.programmes,
        SOURCES_CSV, s.sources, ASSUMPTIONS_CSV, s.assumptions);
    for (Map.Entry<String, Table> e : csv.entrySet()) {
      CsvTable.write(e.getValue(), out.resolve(e.getKey()), excel);
    }
    ReportFiles.write(html(s), out, excel);
    markdown(s).write(out.resolve(REPORT));
  }

  /** The report's parts, shared by its Markdown and HTML forms. */
  private record Sections(DemoRun run, Table years, Table targets, Table programmes, Table sources, Table assumptions,
      Map<String, Chart> charts) {
    static final String TITLE = "精准扶贫演示 — demonstration campaign run";

    String whatWasRun() {
      DemonstrationDistrict d = run.district();
      List<YearResult> ys = run.result().years();
      return "The synthetic demonstration district " + d.county().name() + " (codes under " + d.county().code()
          + "), generated from seed " + d.seed() + ": " + d.population().size() + " households, "
          + d.population().memberTotal() + " persons, " + d.county().villages().size() + " villages of which "
          + d.poorVillages() + " registered poor, " + d.registeredPoorPersons() + " registered poor persons at registration ("
          + d.incidencePerMille() + " ‰). Simulated year by year over " + ys.get(0).year() + "–" + ys.get(ys.size() - 1).year()
          + " with planning's `CampaignSimulation` (shock seed " + run.result().seed() + ").";
    }

    String book() {
      return "Policy book: the shipped book" + (run.policyFiles().isEmpty() ? ""
          : ", reformed by the file(s) " + String.join(", ", run.policyFiles()))
          + ". Some of its figures are estimates (ESTIMATED, each with its method) or unverified (UNVERIFIED), not"
          + " official figures: `jingzhun params --coverage --region 511902` shows which, year by year, and"
          + " `--official-only` refuses them.";
    }

    String assumptionsNote() {
      return "Demonstration assumptions of the researcher, from `" + DemoAssumptions.FILE
          + "`; none is a policy number or an official statistic.";
    }
  }

  private static MarkdownReport markdown(Sections s) {
    MarkdownReport md = MarkdownReport.titled(Sections.TITLE)
        .paragraph("**" + DemonstrationDistrict.SYNTHETIC + "**")
        .heading(2, "What was run")
        .paragraph(s.whatWasRun())
        .paragraph(s.book())
        .heading(2, "Assumptions")
        .paragraph(s.assumptionsNote())
        .table(s.assumptions)
        .heading(2, "Year by year")
        .table(s.years)
        .image("poor persons by year", HtmlReport.pngFile(POOR_CHART))
        .image("incidence by year", HtmlReport.pngFile(INCIDENCE_CHART))
        .image("villages delisted by year", HtmlReport.pngFile(VILLAGES_CHART))
        .heading(2, "Targets and actuals")
        .table(s.targets)
        .paragraph(shortfalls(s.run))
        .heading(2, "Spending")
        .table(s.programmes)
        .image("spending by programme", HtmlReport.pngFile(PROGRAMMES_CHART))
        .table(s.sources)
        .image("spending by source", HtmlReport.pngFile(SOURCES_CHART));
    if (!s.run.result().notes().isEmpty()) {
      md.heading(2, "Notes of the simulation");
      s.run.result().notes().forEach(md::paragraph);
    }
    md.paragraph("Files: " + String.join(", ", FILES) + " (" + s.charts.size() + " charts; " + ReportFiles.HTML
        + " is the same report with interactive charts).");
    return md;
  }

  private static HtmlReport html(Sections s) {
    HtmlReport html = HtmlReport.titled(Sections.TITLE)
        .paragraph(DemonstrationDistrict.SYNTHETIC)
        .heading("演示内容 what was run")
        .paragraph(s.whatWasRun())
        .paragraph(s.book())
        .heading("假设 assumptions")
        .paragraph(s.assumptionsNote())
        .table(s.assumptions)
        .heading("逐年 year by year")
        .table(s.years)
        .chart(POOR_CHART, s.charts.get(POOR_CHART))
        .chart(INCIDENCE_CHART, s.charts.get(INCIDENCE_CHART))
        .chart(VILLAGES_CHART, s.charts.get(VILLAGES_CHART))
        .heading("目标与实际 targets and actuals")
        .table(s.targets)
        .paragraph(shortfalls(s.run))
        .heading("支出 spending")
        .chart(PROGRAMMES_CHART, s.charts.get(PROGRAMMES_CHART))
        .table(s.programmes)
        .chart(SOURCES_CHART, s.charts.get(SOURCES_CHART))
        .table(s.sources);
    if (!s.run.result().notes().isEmpty()) {
      html.heading("模拟说明 notes of the simulation");
      s.run.result().notes().forEach(html::paragraph);
    }
    return html;
  }

  private static String shortfalls(DemoRun run) {
    List<TargetCheck> missed = run.result().targets().map(r -> r.shortfalls()).orElse(List.of());
    if (missed.isEmpty()) {
      return run.result().targets().isPresent() ? "Every target was met." : "The run had no targets.";
    }
    StringBuilder text = new StringBuilder("Shortfalls: ");
    for (int i = 0; i < missed.size(); i++) {
      TargetCheck c = missed.get(i);
      text.append(i == 0 ? "" : "; ").append(c.year()).append(' ').append(c.measure().english()).append(" short by ")
          .append(c.shortfall()).append(" (target ").append(c.target()).append(", actual ").append(c.actual()).append(')');
    }
    return text.append('.').toString();
  }

  private static Map<String, Chart> charts(DemoRun run) {
    Chart.Builder poor = Chart.builder(Chart.Kind.LINE, "贫困人口 poor persons (SYNTHETIC)", "年度 year", "人 persons");
    Chart.Builder incidence = Chart.builder(Chart.Kind.LINE, "贫困发生率 incidence (SYNTHETIC)", "年度 year", "% percent");
    Chart.Builder villages = Chart.builder(Chart.Kind.BAR, "贫困村退出 villages delisted (SYNTHETIC)", "年度 year", "村 villages");
    Chart.Builder programmes = Chart.builder(Chart.Kind.STACKED_BAR, "分项目支出 spending by programme (SYNTHETIC)", "年度 year", "元 yuan");
    Chart.Builder sources = Chart.builder(Chart.Kind.STACKED_BAR, "分来源资金 grants by source (SYNTHETIC)", "年度 year", "元 yuan");
    for (YearResult y : run.result().years()) {
      String year = String.valueOf(y.year());
      poor.value("poor persons", year, y.poorPersons());
      incidence.value("incidence %", year, new java.math.BigDecimal(DemoTables.percent(y.county().incidence())));
      villages.value("delisted in the year", year, y.villagesDelistedThisYear());
      villages.value("delisted in total", year, y.villagesDelisted());
      y.spendingByProgramme().forEach((p, m) -> programmes.value(p.chinese() + " " + p.english(), year, m));
      y.spendingBySource().forEach((s, m) -> sources.value(s, year, m));
    }
    return ImmutableMap.of(POOR_CHART, poor.build(), INCIDENCE_CHART, incidence.build(), VILLAGES_CHART, villages.build(),
        PROGRAMMES_CHART, programmes.build(), SOURCES_CHART, sources.build());
  }
}

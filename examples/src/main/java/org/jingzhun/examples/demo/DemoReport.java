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
import org.jingzhun.examples.report.PngCharts;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.simulation.YearResult;
import org.jingzhun.planning.target.TargetCheck;

/**
 * 演示报告 — writes a {@link DemoRun} as a report folder: {@code report.md}, a CSV file of every
 * table and the PNG charts. The same run gives byte-identical CSV files and report (no dates or
 * times are written).
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
  /** The charts. */
  public static final String POOR_PNG = "poor-persons.png";
  public static final String INCIDENCE_PNG = "incidence.png";
  public static final String VILLAGES_PNG = "villages-delisted.png";
  public static final String PROGRAMMES_PNG = "spending-by-programme.png";
  public static final String SOURCES_PNG = "spending-by-source.png";

  /** Every file the folder holds, in the order written. */
  public static final ImmutableList<String> FILES = ImmutableList.of(REPORT, YEARS_CSV, TARGETS_CSV, PROGRAMMES_CSV,
      SOURCES_CSV, ASSUMPTIONS_CSV, POOR_PNG, INCIDENCE_PNG, VILLAGES_PNG, PROGRAMMES_PNG, SOURCES_PNG);

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
    Table years = DemoTables.years(run);
    Table targets = DemoTables.targets(run);
    Table programmes = DemoTables.spendingByProgramme(run);
    Table sources = DemoTables.spendingBySource(run);
    Table assumptions = DemoTables.assumptions(run);
    Map<String, Table> csv = ImmutableMap.of(YEARS_CSV, years, TARGETS_CSV, targets, PROGRAMMES_CSV, programmes,
        SOURCES_CSV, sources, ASSUMPTIONS_CSV, assumptions);
    for (Map.Entry<String, Table> e : csv.entrySet()) {
      CsvTable.write(e.getValue(), out.resolve(e.getKey()), excel);
    }
    Map<String, Chart> charts = charts(run);
    for (Map.Entry<String, Chart> e : charts.entrySet()) {
      PngCharts.write(e.getValue(), out.resolve(e.getKey()));
    }
    report(run, years, targets, programmes, sources, assumptions, charts).write(out.resolve(REPORT));
  }

  private static MarkdownReport report(DemoRun run, Table years, Table targets, Table programmes, Table sources,
      Table assumptions, Map<String, Chart> charts) {
    DemonstrationDistrict d = run.district();
    List<YearResult> ys = run.result().years();
    MarkdownReport md = MarkdownReport.titled("精准扶贫演示 — demonstration campaign run")
        .paragraph("**" + DemonstrationDistrict.SYNTHETIC + "**")
        .heading(2, "What was run")
        .paragraph("The synthetic demonstration district " + d.county().name() + " (codes under " + d.county().code()
            + "), generated from seed " + d.seed() + ": " + d.population().size() + " households, "
            + d.population().memberTotal() + " persons, " + d.county().villages().size() + " villages of which "
            + d.poorVillages() + " registered poor, " + d.registeredPoorPersons() + " registered poor persons at registration ("
            + d.incidencePerMille() + " ‰). Simulated year by year over " + ys.get(0).year() + "–" + ys.get(ys.size() - 1).year()
            + " with planning's `CampaignSimulation` (shock seed " + run.result().seed() + ").")
        .paragraph("Policy book: the shipped book" + (run.policyFiles().isEmpty() ? ""
            : ", reformed by the file(s) " + String.join(", ", run.policyFiles()))
            + ". Some of its figures are estimates (ESTIMATED, each with its method) or unverified (UNVERIFIED), not"
            + " official figures: `jingzhun params --coverage --region 511902` shows which, year by year, and"
            + " `--official-only` refuses them.")
        .heading(2, "Assumptions")
        .paragraph("Demonstration assumptions of the researcher, from `" + DemoAssumptions.FILE
            + "`; none is a policy number or an official statistic.")
        .table(assumptions)
        .heading(2, "Year by year")
        .table(years)
        .image("poor persons by year", POOR_PNG)
        .image("incidence by year", INCIDENCE_PNG)
        .image("villages delisted by year", VILLAGES_PNG)
        .heading(2, "Targets and actuals")
        .table(targets)
        .paragraph(shortfalls(run))
        .heading(2, "Spending")
        .table(programmes)
        .image("spending by programme", PROGRAMMES_PNG)
        .table(sources)
        .image("spending by source", SOURCES_PNG);
    if (!run.result().notes().isEmpty()) {
      md.heading(2, "Notes of the simulation");
      run.result().notes().forEach(md::paragraph);
    }
    md.paragraph("Files: " + String.join(", ", FILES) + " (" + charts.size() + " charts).");
    return md;
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
    Chart.Builder poor = Chart.builder(Chart.Kind.LINE, "贫困人口 poor persons (SYNTHETIC)", "year", "persons");
    Chart.Builder incidence = Chart.builder(Chart.Kind.LINE, "贫困发生率 incidence (SYNTHETIC)", "year", "percent");
    Chart.Builder villages = Chart.builder(Chart.Kind.BAR, "贫困村退出 villages delisted (SYNTHETIC)", "year", "villages");
    Chart.Builder programmes = Chart.builder(Chart.Kind.STACKED_BAR, "分项目支出 spending by programme (SYNTHETIC)", "year", "yuan");
    Chart.Builder sources = Chart.builder(Chart.Kind.STACKED_BAR, "分来源资金 grants by source (SYNTHETIC)", "year", "yuan");
    for (YearResult y : run.result().years()) {
      String year = String.valueOf(y.year());
      poor.value("poor persons", year, y.poorPersons());
      incidence.value("incidence %", year, new java.math.BigDecimal(DemoTables.percent(y.county().incidence())));
      villages.value("delisted in the year", year, y.villagesDelistedThisYear());
      villages.value("delisted in total", year, y.villagesDelisted());
      y.spendingByProgramme().forEach((p, m) -> programmes.value(p.english(), year, m));
      y.spendingBySource().forEach((s, m) -> sources.value(s, year, m));
    }
    return ImmutableMap.of(POOR_PNG, poor.build(), INCIDENCE_PNG, incidence.build(), VILLAGES_PNG, villages.build(),
        PROGRAMMES_PNG, programmes.build(), SOURCES_PNG, sources.build());
  }
}

package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.report.CsvTable;
import org.jingzhun.examples.report.PngCharts;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.examples.report.TextTable;
import org.jingzhun.examples.scenario.ParameterGrid;
import org.jingzhun.examples.scenario.ParameterSetting;
import org.jingzhun.examples.scenario.ResearchScenario;
import org.jingzhun.examples.scenario.ScenarioFile;
import org.jingzhun.examples.scenario.SweepTables;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.uncertainty.Headline;
import org.jingzhun.planning.uncertainty.MonteCarlo;
import org.jingzhun.planning.uncertainty.RunHeadlines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * 参数扫描 — {@code sweep}: a research scenario run once per point of a grid of one or two
 * parameters' values ({@code --vary}), in parallel; the chosen headlines of one year at every
 * point as a table, a heat table per headline for two parameters, and CSV and PNG line charts.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"参数扫描 — parameter sweep.",
        "Runs a scenario (--scenario FILE and flags, as simulate) once per value of one parameter, or per pair of values of two",
        "(--vary given twice), and prints the chosen headlines of a year at every point."},
    footer = {"", "Exit status: 0 done, 2 bad input or arguments (every problem listed), 3 no policy in force, 4 a file",
        "cannot be read or written, 70 an internal error. See docs/cli.md and docs/research.md."})
final class SweepCommand implements Callable<Integer> {
  static final String SWEEP_CSV = "sweep.csv";

  private final Environment environment;

  @Option(names = "--vary", required = true, paramLabel = "NAME=VALUES",
      description = "a parameter and its values: a list as --set takes them (dibao.standard.rural=+0%,+10%) or FROM..TO/STEP"
          + " with an optional unit (dibao.standard.rural=3000..4800/300/year); give it twice for a grid")
  List<String> vary = new ArrayList<>();

  @Option(names = "--headline", split = ",", paramLabel = "NAME",
      description = "the headlines to show (bands.csv's names); default poor_persons,spending_total")
  List<String> headlines = new ArrayList<>(List.of("poor_persons", "spending_total"));

  @Option(names = "--year", paramLabel = "YEAR", description = "the year shown; default the run's last")
  Integer year;

  @Mixin
  ScenarioOptions scenario;

  @Mixin
  InputOptions input;

  @Spec
  CommandSpec spec;

  SweepCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    ParameterGrid grid = ParameterGrid.parse(vary, "--vary");
    ScenarioFile file = scenario.scenario(new InputFiles(environment, input));
    if (file.runs().orElse(1) > 1 || !scenario.tables.isEmpty()) {
      throw new UserMistake("sweep runs each point once and prints its own table: leave out --runs and --tables");
    }
    ResearchScenario prepared = ResearchScenario.prepare(file, scenario.sources(environment, input));
    List<RunHeadlines> runs = run(points(prepared, grid));
    SweepTables tables = new SweepTables(grid, runs, chosen(runs.get(0)), shownYear(runs.get(0)));
    PrintWriter w = spec.commandLine().getOut();
    SimulateCommand.heading(w, prepared);
    w.print(TextTable.render(tables.points()));
    if (grid.axes().size() == 2) {
      tables.headlines().forEach(h -> {
        w.println();
        w.print(TextTable.render(tables.heat(h)));
      });
    }
    file.outputs().flatMap(o -> o.csv()).ifPresent(dir -> {
      write(dir, file.outputs().get().excel().orElse(false), tables);
      w.println("CSV: " + dir + "/ (" + SWEEP_CSV + (grid.axes().size() == 1 ? ", sweep_HEADLINE.png" : "") + ")");
    });
    w.flush();
    return ExitCodes.OK;
  }

  /** The baseline with each point's values set, in the grid's order. */
  private static List<Scenario> points(ResearchScenario prepared, ParameterGrid grid) {
    Scenario base = prepared.baseline();
    LocalDate firstDay = LocalDate.of(base.plan().firstYear(), 1, 1);
    List<Scenario> out = new ArrayList<>();
    for (List<String> point : grid.points()) {
      List<ParameterSetting> settings = new ArrayList<>();
      for (int a = 0; a < point.size(); a++) {
        String name = grid.axes().get(a).name();
        settings.add(ParameterSetting.of(name, point.get(a), "--vary " + name));
      }
      String title = "sweep " + String.join(", ", point);
      PolicyBook book = ParameterSetting.apply(base.book(), settings, base.county().code(), firstDay, title);
      out.add(Scenario.builder().from(base).book(book).build());
    }
    return out;
  }

  /** Runs every point on a pool sized to the processors, with a progress bar of points. */
  private List<RunHeadlines> run(List<Scenario> points) {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (Progress progress = scenario.progress("sweep points", points.size())) {
      return MonteCarlo.runEach(points, pool, (run, result) -> progress.step());
    } finally {
      pool.shutdown();
    }
  }

  private List<Headline> chosen(RunHeadlines run) {
    List<Headline> out = new ArrayList<>();
    for (String name : headlines) {
      out.add(run.headlines().stream().filter(h -> h.name().equals(name.strip())).findFirst()
          .orElseThrow(() -> new UserMistake("--headline " + name + ": 无此指标 / no such headline; one of "
              + String.join(", ", run.headlines().stream().map(Headline::name).toList()))));
    }
    return out;
  }

  private int shownYear(RunHeadlines run) {
    List<Integer> years = run.years();
    if (year == null) {
      return years.get(years.size() - 1);
    }
    if (!years.contains(year)) {
      throw new UserMistake("--year " + year + ": 不在运行年份内 / not a year of the run (" + years.get(0) + "–"
          + years.get(years.size() - 1) + ")");
    }
    return year;
  }

  private void write(String dir, boolean excel, SweepTables tables) {
    Path folder = environment.resolve(dir);
    ReportFolder.write(folder, dir, into -> {
      CsvTable.write(tables.points(), into.resolve(SWEEP_CSV), excel);
      if (tables.grid().axes().size() == 1) {
        for (Headline h : tables.headlines()) {
          PngCharts.write(tables.line(h), into.resolve("sweep_" + h.name() + ".png"));
        }
      }
    });
  }
}

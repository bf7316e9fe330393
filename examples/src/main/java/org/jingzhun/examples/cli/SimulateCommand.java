package org.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.JsonCalculation;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.report.CsvTable;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.examples.report.Table;
import org.jingzhun.examples.report.TextTable;
import org.jingzhun.examples.scenario.AllocationTable;
import org.jingzhun.examples.scenario.AreaLevel;
import org.jingzhun.examples.scenario.AreaTables;
import org.jingzhun.examples.scenario.AssessmentTables;
import org.jingzhun.examples.scenario.BandTables;
import org.jingzhun.examples.scenario.Calibration;
import org.jingzhun.examples.scenario.OutputSpec;
import org.jingzhun.examples.scenario.ReportBands;
import org.jingzhun.examples.scenario.ResearchScenario;
import org.jingzhun.examples.scenario.ScenarioFile;
import org.jingzhun.examples.scenario.ScenarioReport;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.ProgressListener;
import org.jingzhun.planning.simulation.YearResult;
import org.jingzhun.planning.uncertainty.MonteCarlo;
import org.jingzhun.planning.uncertainty.RunBands;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 脱贫攻坚模拟 — {@code simulate}: a research scenario (a scenario file and flags, every part with
 * the demonstration district's default) run through its years, with its tables on standard output
 * and as CSV; or, given a JSON input (FILE or {@code --date}), planning's {@code ScenarioInputs}
 * computed as a calculation, JSON out.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"脱贫攻坚模拟 — campaign simulation.",
        "Without FILE: runs a scenario (--scenario FILE and flags; by default the synthetic demonstration district)",
        "and prints its tables. With FILE (or --date): reads planning's ScenarioInputs as JSON and writes the result."},
    footer = {"", "Exit status: 0 done, 2 bad input or arguments (every problem listed), 3 no policy in force, 4 a file",
        "cannot be read or written, 70 an internal error. See docs/cli.md and docs/research.md."})
final class SimulateCommand implements Callable<Integer> {
  static final String COUNTY_CSV = "county_years.csv";
  static final String TOWNSHIP_CSV = "township_years.csv";
  static final String VILLAGE_CSV = "village_years.csv";
  static final String PROGRAMME_CSV = "spending_by_programme.csv";
  static final String SOURCE_CSV = "spending_by_source.csv";
  static final String ALLOCATION_CSV = "allocation.csv";
  static final String CALIBRATION_CSV = "calibration.csv";
  static final String BANDS_CSV = "bands.csv";
  static final String ASSESSMENT_VILLAGE_CSV = "assessment_by_village.csv";
  static final String ASSESSMENT_TOWNSHIP_CSV = "assessment_by_township.csv";

  private final Environment environment;
  private final Calculation<?, ?> json;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "a JSON ScenarioInputs document ('-' for standard input)")
  String file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "JSON mode: accepted, not read (each year is evaluated on the assumptions' day)")
  LocalDate date;

  @Option(names = "--assessment", description = "绩效分评: assess each household poor at a year's start and show the township roll-ups by year;"
      + " with --csv also " + ASSESSMENT_VILLAGE_CSV + " and " + ASSESSMENT_TOWNSHIP_CSV + " (one run only)")
  boolean assessment;

  @Mixin
  ScenarioOptions scenario;

  @Mixin
  ReportOptions report;

  @Mixin
  ExplainOptions explain;

  @Mixin
  InputOptions input;

  @Spec
  CommandSpec spec;

  SimulateCommand(Environment environment, Calculation<?, ?> json) {
    this.environment = environment;
    this.json = json;
  }

  @Override
  public Integer call() {
    if (file != null || date != null) {
      report.refuseInJsonMode();
      return JsonMode.run(environment, json, file, date, scenario, explain, input, spec);
    }
    ScenarioFile file = scenario.scenario(new InputFiles(environment, input));
    ResearchScenario prepared = ResearchScenario.prepare(file, scenario.sources(environment, input));
    int runs = file.runs().orElse(1);
    if (assessment && runs > 1) {
      throw ValidationException.of("--assessment", String.valueOf(runs) + " runs",
          "绩效分评只用于单次运行 / the assessment is of a single run: leave out --runs");
    }
    AtomicReference<CampaignResult> first = new AtomicReference<>();
    Optional<RunBands> bands = runs == 1 ? Optional.empty() : Optional.of(runs(prepared, runs, first));
    CampaignResult result = runs == 1 ? single(prepared) : first.get();
    AreaTables tables = AreaTables.of(result, prepared.baseline().county(), prepared.baseline().population());
    OutputSpec out = file.outputs().orElseThrow();
    Calibration calibration = Calibration.shipped();
    Optional<Table> calibrated = prepared.synthetic() && prepared.baseline().county().code().equals(calibration.region())
        ? Optional.of(calibration.table(result, prepared.baseline()))
        : Optional.empty();
    Map<String, Table> csv = new java.util.HashMap<>(Map.of(
        COUNTY_CSV, tables.byYear(AreaLevel.COUNTY), TOWNSHIP_CSV, tables.byYear(AreaLevel.TOWNSHIP),
        VILLAGE_CSV, tables.byYear(AreaLevel.VILLAGE), PROGRAMME_CSV, tables.spendingByProgramme(),
        SOURCE_CSV, tables.spendingBySource(), ALLOCATION_CSV, AllocationTable.of(result.allocation(), prepared.baseline().plan())));
    calibrated.ifPresent(c -> csv.put(CALIBRATION_CSV, c));
    bands.ifPresent(b -> csv.put(BANDS_CSV, BandTables.rows(b)));
    if (assessment) {
      csv.put(ASSESSMENT_VILLAGE_CSV, AssessmentTables.byYear(result, prepared.baseline().county(), AreaLevel.VILLAGE));
      csv.put(ASSESSMENT_TOWNSHIP_CSV, AssessmentTables.byYear(result, prepared.baseline().county(), AreaLevel.TOWNSHIP));
    }
    out.csv().ifPresent(dir -> writeCsv(dir, out.excel().orElse(false), csv));
    PrintWriter w = spec.commandLine().getOut();
    heading(w, prepared);
    w.print(TextTable.render(JsonMode.countyYears(result)));
    AllocationTable.summary(result).forEach(w::println);
    bands.ifPresent(b -> {
      w.println();
      w.println("上表为第1次运行（情景的种子）/ the table above is run 1 (the scenario's seed); over " + b.runs()
          + " runs with seeds drawn from it (docs/research.md):");
      w.print(TextTable.render(BandTables.byYear(b)));
    });
    calibrated.ifPresent(c -> {
      w.println();
      w.println("校准 calibration against the published figures (the synthetic district is not Bazhou: the gap is the demonstration's):");
      w.print(TextTable.render(c));
    });
    for (AreaLevel level : out.tables()) {
      w.println();
      w.println(level == AreaLevel.COUNTY ? "县 county, over the run:" : level.chinese() + " by " + level.english() + ", over the run:");
      w.print(TextTable.render(tables.overRun(level)));
    }
    if (assessment) {
      w.println();
      w.println("绩效分评 assessment by township and year (households registered poor at the year's start; docs/research.md):");
      w.print(TextTable.render(csv.get(ASSESSMENT_TOWNSHIP_CSV)));
    }
    out.csv().ifPresent(dir -> w.println("CSV: " + dir + "/ (" + String.join(", ", List.of(COUNTY_CSV, TOWNSHIP_CSV, VILLAGE_CSV,
        PROGRAMME_CSV, SOURCE_CSV, ALLOCATION_CSV)) + (calibrated.isPresent() ? ", " + CALIBRATION_CSV : "")
        + (bands.isPresent() ? ", " + BANDS_CSV : "")
        + (assessment ? ", " + ASSESSMENT_VILLAGE_CSV + ", " + ASSESSMENT_TOWNSHIP_CSV : "") + ")"));
    report.write(environment, spec, out.excel().orElse(false), () -> ScenarioReport.simulation(prepared, result,
        JsonMode.countyYears(result), tables, calibrated, bands.map(ReportBands::of).orElse(ScenarioReport.Bands.NONE)));
    w.flush();
    return ExitCodes.OK;
  }

  /** Runs {@code prepared} once, with a progress bar of its years. */
  private CampaignResult single(ResearchScenario prepared) {
    try (Progress progress = scenario.progress("campaign years", prepared.baseline().plan().years().size())) {
      return CampaignSimulation.run(prepared.baseline(), new ProgressListener() {
        @Override
        public void yearCompleted(YearResult result, int yearsDone, int yearsTotal) {
          progress.step();
        }

        @Override
        public boolean wantsAssessment() {
          return assessment;
        }
      });
    }
  }

  /**
   * Runs {@code prepared} {@code runs} times on a pool sized to the processors, with a progress bar
   * of runs; {@code first} receives run 0's full result (the scenario's own seed) for the tables.
   */
  private RunBands runs(ResearchScenario prepared, int runs, AtomicReference<CampaignResult> first) {
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (Progress progress = scenario.progress("runs", runs)) {
      return MonteCarlo.run(prepared.baseline(), runs, pool, (run, r) -> {
        if (run == 0) {
          first.set(r);
        }
        progress.step();
      });
    } finally {
      pool.shutdown();
    }
  }

  static void heading(PrintWriter w, ResearchScenario prepared) {
    if (prepared.synthetic()) {
      w.println(DemonstrationDistrict.SYNTHETIC);
    }
    List<Integer> years = prepared.baseline().plan().years();
    w.println("情景 scenario: " + prepared.name() + "; " + years.get(0) + "–" + years.get(years.size() - 1) + ", "
        + prepared.baseline().population().size() + " households, seed " + prepared.baseline().seed());
  }

  /** Writes {@code tables} into the folder {@code dir}, each whole or none. */
  void writeCsv(String dir, boolean excel, Map<String, Table> tables) {
    Path folder = environment.resolve(dir);
    ReportFolder.write(folder, dir, into -> {
      for (Map.Entry<String, Table> e : new java.util.TreeMap<>(tables).entrySet()) {
        CsvTable.write(e.getValue(), into.resolve(e.getKey()), excel);
      }
    });
  }

  /** The JSON interface of {@code simulate} and {@code compare}: planning's inputs in, its results out. */
  static final class JsonMode {
    private JsonMode() {}

    static int run(Environment environment, Calculation<?, ?> calculation, String file, LocalDate date, ScenarioOptions scenario,
        ExplainOptions explain, InputOptions input, CommandSpec spec) {
      if (scenario.any()) {
        throw new UserMistake("a JSON input (FILE or --date) is computed as it is: leave out --scenario and the scenario's flags,"
            + " or leave out FILE and --date to run a scenario");
      }
      if (explain.notice) {
        throw new UserMistake(calculation.name() + " has no printable notice; leave out --notice");
      }
      JsonNode in = new InputFiles(environment, input).json(Optional.ofNullable(file));
      var shipped = environment.book().get();
      var base = scenario.officialOnly ? shipped.officialOnly() : shipped;
      var book = scenario.policies.isEmpty() ? base : base.withOverrides(new InputFiles(environment).policyFiles(scenario.policies));
      Situation s = new Situation(book, date == null ? LocalDate.of(2020, 12, 31) : date, RegionCode.of("000000"));
      JsonNode output = explain.explain ? JsonCalculation.explained(calculation, in, s, explain.language) : JsonCalculation.result(calculation, in, s);
      spec.commandLine().getOut().println(JingzhunJson.write(output));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }

    /** The county's year table for the terminal. */
    static Table countyYears(CampaignResult result) {
      Table.Builder t = Table.keyed("县逐年 county by year", "year", "年度 year", "poor_households", "贫困户 poor hh",
          "poor_persons", "贫困人口 poor persons", "incidence_percent", "发生率% incidence", "exited_persons", "脱贫人口 lifted out",
          "new_poor_persons", "新识别 new poor", "returning_persons", "返贫 returning", "dibao_households", "低保户 dibao hh",
          "dibao_yuan", "低保金 dibao (yuan)", "total_yuan", "支出合计 spending (yuan)");
      for (var y : result.years()) {
        long dibaoHouseholds = y.villages().stream().mapToLong(v -> v.dibaoHouseholds()).sum();
        t.row(String.valueOf(y.year()), String.valueOf(y.poorHouseholds()), String.valueOf(y.poorPersons()),
            y.county().incidence().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
            String.valueOf(y.exitedPersons()), String.valueOf(y.newPoorPersons()), String.valueOf(y.returningPersons()),
            String.valueOf(dibaoHouseholds), y.spendingByProgramme().get(org.jingzhun.planning.simulation.Programme.DIBAO).toString(),
            y.totalSpending().toString());
      }
      return t.build();
    }
  }
}

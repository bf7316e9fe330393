package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.campaign.CampaignCalculations;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.examples.report.TextTable;
import org.jingzhun.examples.scenario.AreaLevel;
import org.jingzhun.examples.scenario.AreaTables;
import org.jingzhun.examples.scenario.ReformSpec;
import org.jingzhun.examples.scenario.ScenarioFile;
import org.jingzhun.examples.scenario.OutputSpec;
import org.jingzhun.examples.scenario.ReformComparison;
import org.jingzhun.examples.scenario.ResearchScenario;
import org.jingzhun.examples.scenario.ScenarioReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 方案比较 — {@code compare}: a research scenario run as the baseline and again with its reform
 * (the file's {@code reform}, {@code --reform-policy}, {@code --reform-set}), side by side, with
 * winners and losers and the change by income decile; or, given a JSON input (FILE or
 * {@code --date}), planning's comparison of two {@code ScenarioInputs}, JSON out.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"方案比较 — scenario comparison.",
        "Without FILE: runs a scenario as the baseline and with its reform (--reform-set, --reform-policy or the file's",
        "reform), and prints both by year, winners and losers and the change by income decile. With FILE (or --date):",
        "reads {\"baseline\": ScenarioInputs, \"reform\": ScenarioInputs} as JSON and writes the comparison."},
    footer = {"", "Exit status: 0 done, 2 bad input or arguments (every problem listed), 3 no policy in force, 4 a file",
        "cannot be read or written, 70 an internal error. See docs/cli.md and docs/research.md."})
final class CompareCommand implements Callable<Integer> {
  static final String YEARS_CSV = "compare_years.csv";
  static final String WINNERS_CSV = "winners_losers.csv";
  static final String DECILES_CSV = "income_deciles.csv";
  static final String BASELINE_CSV = "baseline_village_years.csv";
  static final String REFORM_CSV = "reform_village_years.csv";

  private final Environment environment;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "a JSON comparison request ('-' for standard input)")
  String file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "JSON mode: accepted, not read")
  LocalDate date;

  @Option(names = "--reform-policy", paramLabel = "FILE", description = "a parameter file laid on the book for the reform run only; may be repeated")
  List<String> reformPolicies = new ArrayList<>();

  @Option(names = "--reform-set", paramLabel = "NAME=VALUE", description = "a parameter change for the reform run only, as --set; may be repeated")
  List<String> reformSets = new ArrayList<>();

  @Option(names = "--reform-name", paramLabel = "NAME", description = "the reform's name")
  String reformName;

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

  CompareCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (file != null || date != null) {
      if (!reformSets.isEmpty() || reformName != null) {
        throw new UserMistake("--reform-set and --reform-name are for a scenario; a JSON input takes --reform-policy FILE");
      }
      var overrides = new InputFiles(environment).policyFiles(reformPolicies); // read first: a missing file is exit 4
      Calculation<?, ?> calculation = reformPolicies.isEmpty() ? CampaignCalculations.COMPARE_CALCULATION
          : CampaignCalculations.compareUnder(book -> book.withOverrides(overrides));
      report.refuseInJsonMode();
      return SimulateCommand.JsonMode.run(environment, calculation, file, date, scenario, explain, input, spec);
    }
    ScenarioFile file = withReform(scenario.scenario(new InputFiles(environment, input)));
    if (file.runs().orElse(1) > 1) {
      throw new UserMistake("compare runs the baseline and the reform once each; leave out runs (bands are simulate's: simulate --runs N)");
    }
    if (file.reform().isEmpty()) {
      throw new UserMistake("比较需要改革方案 / compare needs a reform: --reform-set NAME=VALUE, --reform-policy FILE or the scenario's reform");
    }
    ResearchScenario prepared = ResearchScenario.prepare(file, scenario.sources(environment, input));
    ReformComparison c;
    try (Progress progress = scenario.progress("baseline and reform years", 2L * prepared.baseline().plan().years().size())) {
      c = ReformComparison.run(prepared, (year, done, total) -> progress.step());
    }
    OutputSpec out = file.outputs().orElseThrow();
    var population = prepared.baseline().population();
    var county = prepared.baseline().county();
    out.csv().ifPresent(dir -> csv(dir, out.excel().orElse(false), Map.of(YEARS_CSV, c.years(), WINNERS_CSV, c.winnersAndLosers(),
        DECILES_CSV, c.deciles(), BASELINE_CSV, AreaTables.of(c.baseline(), county, population).byYear(AreaLevel.VILLAGE),
        REFORM_CSV, AreaTables.of(c.reform(), county, population).byYear(AreaLevel.VILLAGE))));
    PrintWriter w = spec.commandLine().getOut();
    SimulateCommand.heading(w, prepared);
    w.println("改革 reform: " + prepared.reformName() + " — " + describe(file.reform().get()));
    w.print(TextTable.render(c.years()));
    w.println();
    w.println("得失户 winners and losers: households whose yearly transfers (dibao, education, housing, medical, other entitlements) rise or fall");
    w.print(TextTable.render(c.winnersAndLosers()));
    w.println();
    w.println("收入十等分 by decile of net income per person before the run, transfers over the run (yuan)");
    w.print(TextTable.render(c.deciles()));
    out.csv().ifPresent(dir -> w.println("CSV: " + dir + "/ (" + String.join(", ", List.of(YEARS_CSV, WINNERS_CSV, DECILES_CSV,
        BASELINE_CSV, REFORM_CSV)) + ")"));
    report.write(environment, spec, out.excel().orElse(false), () -> ScenarioReport.comparison(prepared, c, describe(file.reform().get())));
    w.flush();
    return ExitCodes.OK;
  }

  private void csv(String dir, boolean excel, Map<String, org.jingzhun.examples.report.Table> tables) {
    new SimulateCommand(environment, CampaignCalculations.SIMULATE_CALCULATION).writeCsv(dir, excel, tables);
  }

  private ScenarioFile withReform(ScenarioFile file) {
    if (reformPolicies.isEmpty() && reformSets.isEmpty() && reformName == null) {
      return file;
    }
    ReformSpec base = file.reform().orElseGet(() -> ReformSpec.builder().build());
    ReformSpec.Builder r = ReformSpec.builder().from(base).addAllPolicy(reformPolicies)
        .putAllSet(ScenarioOptions.settings(reformSets, "--reform-set"));
    if (reformName != null) {
      r.name(reformName);
    }
    return ScenarioFile.builder().from(file).reform(r.build()).build();
  }

  private static String describe(ReformSpec r) {
    List<String> parts = new ArrayList<>();
    r.policy().forEach(p -> parts.add("policy " + p));
    r.set().forEach((k, v) -> parts.add(k + "=" + v));
    return String.join(", ", parts);
  }
}

package org.jingzhun.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.demo.DemoReport;
import org.jingzhun.examples.demo.DemoRun;
import org.jingzhun.examples.demo.DemoTables;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.district.DistrictGenerator;
import org.jingzhun.examples.ledger.LedgerFiles;
import org.jingzhun.examples.report.PngCharts;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.examples.report.TextTable;
import org.jingzhun.planning.ledger.FundReconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * 演示 — the demonstration district's campaign: generates the synthetic district, runs it through
 * its plan's years under the demonstration book (and any reform), prints the year-by-year table
 * and writes the report folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"演示 — simulate the synthetic demonstration district through its campaign, print the year-by-year",
        "table and write a report folder (report.md, CSV tables, PNG charts). SYNTHETIC DATA."},
    footer = {"", "Exit status: 0 done, 2 bad input (the problems are on standard error), 4 the report folder cannot be",
        "written (nothing is left half-written), 70 an internal error."})
final class DemoCommand implements Callable<Integer> {
  private final Environment environment;

  @Option(names = "--households", paramLabel = "N", description = "households in the district; default the district's own (180000)")
  Integer households;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "2016", description = "the seed of the district and its shocks; default ${DEFAULT-VALUE}")
  long seed;

  @Option(names = "--policy", paramLabel = "FILE", description = "a parameter file laid on the demonstration book (a reform); may be repeated")
  List<String> policies = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "jingzhun-out", description = "the report folder; default ${DEFAULT-VALUE}")
  String out;

  @Option(names = "--excel", description = "the CSV files start with a UTF-8 byte-order mark, for spreadsheet programs")
  boolean excel;

  @Option(names = "--ledger", description = {"also write every household's ledger (账目分记) and its reconciliation with",
      "the funds' books: household-ledger.csv, household-ledger.json, ledger-balances.csv, ledger-reconciliation.csv"})
  boolean ledger;

  @Option(names = "--quiet", description = "no progress bar (there is none anyway when standard error is not a terminal)")
  boolean quiet;

  @Spec
  CommandSpec spec;

  DemoCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    DistrictGenerator generator = DistrictGenerator.shipped();
    int size = Optional.ofNullable(households).orElse(generator.defaultHouseholds());
    if (size < 1000) {
      throw new UserMistake("--households must be at least 1000 (the district has hundreds of villages), not " + size);
    }
    PolicyBook book = policies.isEmpty() ? PolicyBook.shipped()
        : PolicyBook.shipped().withOverrides(new InputFiles(environment).policyFiles(policies));
    Path folder = environment.resolve(out);
    PrintWriter w = spec.commandLine().getOut();
    w.println(DemonstrationDistrict.SYNTHETIC);
    w.flush();
    DemoRun run = simulate(DemoRun.district(seed, size), book);
    ReportFolder.write(folder, out, into -> {
      DemoReport.write(run, into, excel);
      if (run.ledger().isPresent()) {
        LedgerFiles.write(run.ledger().get(), reconciliation(run, book), into, excel);
      }
    });
    PngCharts.fontWarning().ifPresent(spec.commandLine().getErr()::println);
    w.print(TextTable.render(DemoTables.years(run)));
    if (run.ledger().isPresent()) {
      FundReconciliation r = reconciliation(run, book);
      w.println("Ledger: " + out + "/" + LedgerFiles.ENTRIES_CSV + ", " + run.ledger().get().entries().size() + " entries, "
          + run.ledger().get().total() + " yuan; " + (r.reconciles() ? "与资金账核对一致 reconciles with the funds' books to the fen"
          : "与资金账不符 does NOT reconcile with the funds' books: " + out + "/" + LedgerFiles.RECONCILIATION_CSV));
    }
    w.println("Report: " + out + "/" + DemoReport.REPORT + " (with CSV tables and PNG charts beside it)");
    w.flush();
    return ExitCodes.OK;
  }

  private DemoRun simulate(DemonstrationDistrict district, PolicyBook book) {
    try (Progress progress = progress(district.plan().years().size())) {
      return DemoRun.run(district, book, ImmutableList.copyOf(policies), progress, ledger);
    }
  }

  private static FundReconciliation reconciliation(DemoRun run, PolicyBook book) {
    return FundReconciliation.of(run.ledger().orElseThrow(), run.result(), book, run.district().county().code());
  }

  private Progress progress(int years) {
    return quiet || System.console() == null ? Progress.quiet() : Progress.onTerminal("campaign years", years, System.err);
  }
}

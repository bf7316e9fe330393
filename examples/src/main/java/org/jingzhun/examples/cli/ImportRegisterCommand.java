package org.jingzhun.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.examples.report.Progress;
import java.util.concurrent.Callable;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.json.DocumentText;
import org.jingzhun.examples.register.ImportTotals;
import org.jingzhun.examples.register.RegisterCsvReader;
import org.jingzhun.examples.register.RegisterSink;
import org.jingzhun.examples.register.RejectedRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 名册导入 — imports a household register CSV, streaming (a million rows in a small heap): the good
 * households as a JSON list on standard output, every rejected row with its line and reason on
 * standard error as it is found.
 */
@Command(name = "import-register", mixinStandardHelpOptions = true,
    description = {"名册导入 — import a household register from CSV (one row per member; see docs/register-csv.md).",
        "Writes the imported households as a JSON list; reports every rejected row with its line on standard error."},
    footer = {"", "Exit status: 0 every row imported; 2 some rows rejected (the good households are still written; when",
        "none is good, nothing is written); 4 the file cannot be read."})
final class ImportRegisterCommand implements Callable<Integer> {
  private final Environment environment;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the CSV file; standard input when absent or '-'")
  String file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "also reject members born after this date")
  LocalDate date;

  @Mixin
  InputOptions input;

  @Option(names = "--quiet", description = "no progress bar (there is none anyway when standard error is not a terminal)")
  boolean quiet;

  @Spec
  CommandSpec spec;

  ImportRegisterCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    InputFiles files = InputFiles.streaming(environment, input);
    PrintWriter err = spec.commandLine().getErr();
    HouseholdArray households = new HouseholdArray(spec.commandLine().getOut());
    ImportTotals totals;
    try (Reader in = DocumentText.reader(files.stream(Optional.ofNullable(file)), files.encoding());
        Progress progress = quiet || System.console() == null ? Progress.quiet() : Progress.onTerminal("households imported", -1, System.err)) {
      totals = RegisterCsvReader.read(in, Optional.ofNullable(date), new RegisterSink() {
        @Override
        public void household(Household household) {
          households.write(household);
          progress.step();
        }

        @Override
        public void rejected(RejectedRow row) {
          err.println(row);
        }
      });
    }
    households.finish(totals.isClean()); // a file with nothing good writes nothing
    err.println(totals.summary());
    err.flush();
    return totals.isClean() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}

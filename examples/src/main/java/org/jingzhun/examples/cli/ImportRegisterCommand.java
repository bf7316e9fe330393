package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.examples.register.RegisterCsvReader;
import org.jingzhun.examples.register.RegisterImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 名册导入 — imports a household register CSV: the good households as a JSON list on standard
 * output, every rejected row with its line and reason on standard error.
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

  @Spec
  CommandSpec spec;

  ImportRegisterCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    String text = new InputFiles(environment, input).text(Optional.ofNullable(file));
    RegisterImport result = RegisterCsvReader.read(text, Optional.ofNullable(date));
    if (result.isClean() || !result.households().isEmpty()) { // a file refused as a whole writes nothing
      PrintWriter out = spec.commandLine().getOut();
      out.println(JingzhunJson.write(result.households()));
      out.flush();
    }
    PrintWriter err = spec.commandLine().getErr();
    result.rejected().forEach(r -> err.println(r));
    err.println(result.summary());
    err.flush();
    return result.isClean() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}

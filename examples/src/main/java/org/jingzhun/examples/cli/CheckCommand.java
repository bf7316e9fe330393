package org.jingzhun.examples.cli;

import java.io.IOException;
import picocli.CommandLine.Option;
import org.jingzhun.examples.check.JUnitReport;
import java.util.Optional;
import java.nio.file.StandardCopyOption;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.examples.check.CaseOutcome;
import org.jingzhun.examples.check.CaseRunner;
import org.jingzhun.examples.check.CheckSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 用例检查 — runs policy test-case files (see docs/test-cases.md) and prints one line per
 * failure and a closing {@code N passed, M failed}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"检查 — run policy test-case files (YAML or JSON; a directory means every such file in it).",
        "Prints one line per failing case and 'N passed, M failed'; see docs/test-cases.md."},
    footer = {"", "Exit status: 0 all passed, 1 a case failed, 2 a file is not a valid case file (nothing is run;",
        "the problems are on standard error), 4 a file cannot be read (or the report written)."})
final class CheckCommand implements Callable<Integer> {
  private final Environment environment;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "case files, or directories of them")
  List<String> files = new ArrayList<>();

  @Option(names = "--junit-xml", paramLabel = "REPORT",
      description = "also write the results to REPORT as JUnit XML, for a CI server (a test suite per file, a test per case)")
  Optional<String> junitXml = Optional.empty();

  @Spec
  CommandSpec spec;

  CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    CaseRunner runner = new CaseRunner(environment.calculations(), environment.book().get(),
        path -> InputFiles.text(path, path.toString()));
    List<CaseRunner.Checked> checked = checkAll(runner);
    List<CaseOutcome> outcomes = new ArrayList<>();
    checked.forEach(file -> outcomes.addAll(runner.run(file)));
    junitXml.ifPresent(report -> write(report, JUnitReport.of(outcomes)));
    CheckSummary summary = new CheckSummary(outcomes);
    PrintWriter out = spec.commandLine().getOut();
    outcomes.forEach(o -> o.report().forEach(out::println));
    out.println(summary.closingLine());
    out.flush();
    return summary.failed() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
  }

  /**
   * Every named case file read and checked before any case runs.
   *
   * @throws UserMistake listing the problems of every file that is not a valid case file
   * @throws FileProblem if a file cannot be read
   */
  private List<CaseRunner.Checked> checkAll(CaseRunner runner) {
    List<CaseRunner.Checked> checked = new ArrayList<>();
    StringBuilder problems = new StringBuilder();
    for (String name : files) {
      for (String file : expand(name)) {
        Path path = environment.resolve(file);
        try {
          checked.add(runner.check(file, path, InputFiles.text(path, file)));
        } catch (ValidationException e) {
          problems.append(problems.length() == 0 ? "" : "\n").append(invalid(file, e));
        }
      }
    }
    if (problems.length() > 0) {
      throw new UserMistake(problems.toString());
    }
    return checked;
  }

  private static String invalid(String file, ValidationException e) {
    int n = e.violations().size();
    StringBuilder text = new StringBuilder("not a valid case file: " + file + " (" + n + (n == 1 ? " problem):" : " problems):"));
    e.violations().forEach(v -> text.append("\n  ").append(v));
    return text.toString();
  }

  /**
   * Writes {@code text} to the file {@code name} whole or not at all: to a temporary file
   * beside it, then moved in its place.
   */
  private void write(String name, String text) {
    Path path = environment.resolve(name);
    try {
      Path written = Files.createTempFile(path.toAbsolutePath().getParent(), ".junit-", ".xml.part");
      try {
        Files.writeString(written, text, StandardCharsets.UTF_8);
        Files.move(written, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(written);
      }
    } catch (NoSuchFileException e) {
      throw new FileProblem("cannot write " + name + ": its folder does not exist");
    } catch (IOException e) {
      throw new FileProblem("cannot write " + name + ": " + InputFiles.reason(e));
    }
  }

  /** A directory's case files (recursively, sorted), or the name itself. */
  private List<String> expand(String name) {
    Path path = environment.resolve(name);
    if (!Files.isDirectory(path)) {
      return List.of(name);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
          .map(p -> Path.of(name).resolve(path.relativize(p)).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new FileProblem("cannot read the folder " + name + ": " + InputFiles.reason(e));
    }
  }
}

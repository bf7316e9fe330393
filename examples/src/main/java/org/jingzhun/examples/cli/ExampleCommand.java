package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.examples.research.ExampleInputs;
import picocli.CommandLine.Option;
import java.util.concurrent.Callable;
import org.jingzhun.examples.research.ResearchExamples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 研究示例 — runs a research example program by name on the shipped policy book; without a
 * name, lists them.
 */
@Command(name = "example", mixinStandardHelpOptions = true,
    description = {"示例 — run a research example program (a scripted scenario); without NAME, list them."},
    footer = {"", "Exit status: 0 done, 2 no example of that name."})
final class ExampleCommand implements Callable<Integer> {
  private final Environment environment;

  @Parameters(arity = "0..*", paramLabel = "NAME [--INPUT VALUE ...]",
      description = "the example to run, then its inputs (jingzhun example NAME --inputs lists them)")
  List<String> args = new ArrayList<>();

  @Option(names = "--quiet", description = "no progress bar (there is none anyway when standard error is not a terminal)")
  boolean quiet;

  @Spec
  CommandSpec spec;

  ExampleCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (args.isEmpty()) {
      ResearchExamples.all().values().forEach(e -> out.println(e.name() + "  " + e.description()));
      out.flush();
      return ExitCodes.OK;
    }
    String name = args.get(0);
    Optional<ResearchExamples.Example> example = ResearchExamples.find(name);
    if (example.isEmpty()) {
      throw new UserMistake("no example named '" + name + "'; known: " + String.join(", ", ResearchExamples.all().keySet()));
    }
    List<String> rest = args.subList(1, args.size());
    if (rest.contains("--inputs")) {
      out.println("jingzhun example " + name + " — " + example.get().description());
      out.println("Inputs (each --NAME VALUE, or --NAME=VALUE):");
      example.get().inputs().forEach(i -> out.println("  --" + i.name() + " (default " + i.defaultValue() + "): " + i.description()));
      out.flush();
      return ExitCodes.OK;
    }
    ExampleInputs inputs = ExampleInputs.parse(example.get().inputs(), rest);
    int steps = example.get().steps();
    try (Progress progress = quiet || steps == 0 || System.console() == null ? Progress.quiet()
        : Progress.onTerminal(name, steps, System.err)) {
      example.get().program().run(environment.book().get(), inputs, out, progress);
    }
    out.flush();
    return ExitCodes.OK;
  }
}

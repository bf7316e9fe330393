package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import java.util.Optional;
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

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "the example to run")
  String name;

  @Spec
  CommandSpec spec;

  ExampleCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      ResearchExamples.all().values().forEach(e -> out.println(e.name() + "  " + e.description()));
      out.flush();
      return ExitCodes.OK;
    }
    Optional<ResearchExamples.Example> example = ResearchExamples.find(name);
    if (example.isEmpty()) {
      throw new UserMistake("no example named '" + name + "'; known: " + String.join(", ", ResearchExamples.all().keySet()));
    }
    example.get().program().accept(environment.book().get(), out);
    out.flush();
    return ExitCodes.OK;
  }
}

package org.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.JsonCalculation;
import org.jingzhun.examples.calculation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 计算子命令 — the subcommand of one registered calculation: reads its JSON input from a file
 * or standard input, computes under {@code --date}, {@code --region} and {@code --policy},
 * and writes the JSON result (with {@code --explain}, the result and its derivation) on
 * standard output. One instance per calculation; see {@link Jingzhun#commandLine}.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false,
    footer = {"", "Input and output are JSON; see docs/cli.md. Exit status 2 and the list of problems on bad input;",
        "3 when the book has no value in force for a parameter the calculation needs (each one listed)."})
final class CalculationCommand implements Callable<Integer> {
  private final Environment environment;
  private final Calculation<?, ?> calculation;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "the input JSON; standard input when absent or '-'")
  String file;

  @Mixin
  SituationOptions situation;

  @Mixin
  ExplainOptions explain;

  @Mixin
  InputOptions input;

  @Spec
  CommandSpec spec;

  /** Chooses the calculation to run from the parsed options (e.g. {@code --exact}). */
  @FunctionalInterface
  interface Variant {
    Calculation<?, ?> choose(Calculation<?, ?> registered, CommandSpec spec, Environment environment);
  }

  private final Variant variant;

  CalculationCommand(Environment environment, Calculation<?, ?> calculation) {
    this(environment, calculation, (c, spec, e) -> c);
  }

  CalculationCommand(Environment environment, Calculation<?, ?> calculation, Variant variant) {
    this.environment = environment;
    this.calculation = calculation;
    this.variant = variant;
  }

  @Override
  public Integer call() {
    Calculation<?, ?> calculation = variant.choose(this.calculation, spec, environment);
    JsonNode input = new InputFiles(environment, this.input).json(Optional.ofNullable(file));
    Situation s = situation.situation(environment);
    if (explain.notice) {
      String notice = JsonCalculation.notice(calculation, input, s, explain.language)
          .orElseThrow(() -> new UserMistake(calculation.name() + " has no printable notice; leave out --notice"));
      spec.commandLine().getOut().print(notice);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    JsonNode output = explain.explain
        ? JsonCalculation.explained(calculation, input, s, explain.language)
        : JsonCalculation.result(calculation, input, s);
    spec.commandLine().getOut().println(JingzhunJson.write(output));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}

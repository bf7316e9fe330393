package org.jingzhun.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * 演示 — the demonstration district's campaign. It needs the multi-year simulation of the
 * planning module, which this build does not have yet; until then it says so and computes
 * nothing.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"演示 — simulate the synthetic demonstration district through a campaign and write a report.",
        "Not available yet: it needs the planning module's simulation."})
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println(
        "jingzhun demo: not available yet: the demonstration needs the campaign simulation of the planning module,"
            + " which this build does not include. No results were computed.");
    spec.commandLine().getErr().flush();
    return ExitCodes.FAILED;
  }
}

package org.jingzhun.examples.cli;

import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.campaign.CampaignCalculations;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The campaign subcommands: {@code allocate --exact} (the integer-programming allocation), and
 * {@code simulate} and {@code compare}, which run a research scenario or, given JSON, the
 * calculation ({@link SimulateCommand}, {@link CompareCommand}).
 */
final class CampaignOptions {
  static final String EXACT = "--exact";

  private CampaignOptions() {}

  /** The subcommand of {@code calculation}, with its extra options if it has any. */
  static CommandLine subcommand(Environment environment, Calculation<?, ?> calculation) {
    if (calculation == CampaignCalculations.ALLOCATE_CALCULATION) {
      CommandLine sub = new CommandLine(new CalculationCommand(environment, calculation, CampaignOptions::allocation));
      sub.getCommandSpec().addOption(OptionSpec.builder(EXACT).arity("0").type(boolean.class)
          .description("the exact allocation by integer programming (at most 40 projects) instead of the greedy one").build());
      return sub;
    }
    if (calculation == CampaignCalculations.COMPARE_CALCULATION) {
      return new CommandLine(new CompareCommand(environment));
    }
    if (calculation == CampaignCalculations.SIMULATE_CALCULATION) {
      return new CommandLine(new SimulateCommand(environment, calculation));
    }
    return new CommandLine(new CalculationCommand(environment, calculation));
  }

  private static Calculation<?, ?> allocation(Calculation<?, ?> registered, CommandSpec spec, Environment environment) {
    Boolean exact = spec.findOption(EXACT).getValue();
    return Boolean.TRUE.equals(exact) ? CampaignCalculations.ALLOCATE_EXACT_CALCULATION : registered;
  }

}

package org.jingzhun.examples.cli;

import java.util.List;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.campaign.CampaignCalculations;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options of the campaign subcommands beyond the common ones: {@code allocate --exact}
 * (the integer-programming allocation) and {@code compare --reform-policy FILE} (the reform
 * run under the book with FILE laid on it). Added to those subcommands only.
 */
final class CampaignOptions {
  static final String EXACT = "--exact";
  static final String REFORM_POLICY = "--reform-policy";

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
      CommandLine sub = new CommandLine(new CalculationCommand(environment, calculation, CampaignOptions::comparison));
      sub.getCommandSpec().addOption(OptionSpec.builder(REFORM_POLICY).paramLabel("FILE").type(List.class)
          .auxiliaryTypes(String.class).description("a parameter file laid on the book for the reform run only; may be repeated").build());
      return sub;
    }
    return new CommandLine(new CalculationCommand(environment, calculation));
  }

  private static Calculation<?, ?> allocation(Calculation<?, ?> registered, CommandSpec spec, Environment environment) {
    Boolean exact = spec.findOption(EXACT).getValue();
    return Boolean.TRUE.equals(exact) ? CampaignCalculations.ALLOCATE_EXACT_CALCULATION : registered;
  }

  private static Calculation<?, ?> comparison(Calculation<?, ?> registered, CommandSpec spec, Environment environment) {
    List<String> files = spec.findOption(REFORM_POLICY).getValue();
    if (files == null || files.isEmpty()) {
      return registered;
    }
    var overrides = new InputFiles(environment).policyFiles(files);
    return CampaignCalculations.compareUnder(book -> book.withOverrides(overrides));
  }
}

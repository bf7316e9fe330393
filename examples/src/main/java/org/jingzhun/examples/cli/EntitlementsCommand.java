package org.jingzhun.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.examples.calculation.EntitlementListing;
import org.jingzhun.examples.report.CsvTable;
import org.jingzhun.examples.report.Table;
import org.jingzhun.examples.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * 帮扶项目清单 — lists the entitlement programmes the prescription applies, in order, and the kinds
 * each grants with how they are paid: read from the registry, so a programme added to the library
 * (or provided by a module on the path) appears without a change here.
 */
@Command(name = "entitlements", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"帮扶项目 — the entitlement programmes of the prescription and the kinds each grants."})
final class EntitlementsCommand implements Callable<Integer> {
  @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
      description = "table (default, for the terminal), csv or json")
  ParamsCommand.Format format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "the language of the labels")
  Language language;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    EntitlementRegistry registry = EntitlementRegistry.standard();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> out.print(TextTable.render(table(registry)));
      case CSV -> out.print(CsvTable.toCsv(table(registry)));
      case JSON -> out.println(JingzhunJson.write(EntitlementListing.of(registry)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Table table(EntitlementRegistry registry) {
    Table.Builder t = Table.builder("", "programme", "kind", "label", "payment");
    for (EntitlementProgramme p : registry.programmes()) {
      String name = p.rule().label(language);
      if (p.kinds().isEmpty()) {
        t.row(name, "-", "-", "-");
      }
      for (EntitlementKind k : p.kinds()) {
        t.row(name, k.id(), k.label(language), k.payment().label(language));
      }
    }
    return t.build();
  }
}

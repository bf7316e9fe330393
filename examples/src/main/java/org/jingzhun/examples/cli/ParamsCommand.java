package org.jingzhun.examples.cli;

import org.jingzhun.core.json.internal.JsonMapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyCoverage;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.examples.report.CsvTable;
import org.jingzhun.examples.report.Table;
import org.jingzhun.examples.report.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * 参数查询 — lists the policy parameters in force for a region on a date: each value, which
 * region set it (the one asked or an ancestor), its period and its source.
 */
@Command(name = "params", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"参数 — the policy parameters in force for a region on a date, with their values and sources."})
final class ParamsCommand implements Callable<Integer> {
  /** How the list is printed. */
  enum Format { TABLE, CSV, JSON }

  private final Environment environment;

  @Parameters(arity = "0..*", paramLabel = "PREFIX", description = "only parameters whose name starts with one of these, e.g. dibao.")
  List<String> prefixes = new ArrayList<>();

  @Mixin
  SituationOptions situation;

  @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
      description = "table (default, for the terminal), csv or json")
  Format format;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "the language of units and sources")
  Language language;

  @Option(names = "--coverage", description = "instead of the values on --date: each parameter year by year, with the"
      + " confidence of the values in force (D document, L local rule, U unverified, E estimated; - where none is)")
  boolean coverage;

  @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2014", description = "with --coverage: the first year (default ${DEFAULT-VALUE})")
  int fromYear;

  @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2025", description = "with --coverage: the last year (default ${DEFAULT-VALUE})")
  int toYear;

  @Spec
  CommandSpec spec;

  ParamsCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PolicyBook book = situation.book(environment);
    if (coverage) {
      return printCoverage(book);
    }
    List<Reading> readings = book.inForce(situation.region, situation.date()).stream()
        .filter(r -> prefixes.isEmpty() || prefixes.stream().anyMatch(p -> r.parameterName().startsWith(p)))
        .toList();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> out.print(TextTable.render(table(readings, TERMINAL_VALUE_WIDTH)));
      case CSV -> out.print(CsvTable.toCsv(table(readings, Integer.MAX_VALUE)));
      case JSON -> out.println(JingzhunJson.write(json(readings)));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private int printCoverage(PolicyBook book) {
    if (toYear < fromYear || fromYear < 1900 || toYear > 2100) {
      throw new UserMistake("--from " + fromYear + " --to " + toYear + ": give two years between 1900 and 2100, the first not after the last");
    }
    PolicyCoverage c = book.coverage(situation.region, fromYear, toYear);
    List<String> header = new ArrayList<>(List.of("parameter"));
    for (int y = fromYear; y <= toYear; y++) {
      header.add(String.valueOf(y));
    }
    Table.Builder table = Table.builder("", header.toArray(String[]::new));
    c.rows().stream()
        .filter(r -> prefixes.isEmpty() || prefixes.stream().anyMatch(p -> r.parameter().startsWith(p)))
        .forEach(r -> {
          List<String> row = new ArrayList<>(List.of(r.parameter()));
          r.years().forEach(cell -> row.add(cell.marker()));
          table.row(row.toArray(String[]::new));
        });
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case TABLE -> {
        out.print(TextTable.render(table.build()));
        out.println("D 官方文件 document · L 地方规定 local rule · U 待核实 unverified · E 估算 estimated"
            + " · - 无值 no value (after a letter: part of the year)");
      }
      case CSV -> out.print(CsvTable.toCsv(table.build()));
      case JSON -> out.println(JingzhunJson.write(c));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** A table parameter's value is cut to this many characters on the terminal; CSV and JSON keep it whole. */
  private static final int TERMINAL_VALUE_WIDTH = 48;

  private Table table(List<Reading> readings, int valueWidth) {
    Table.Builder table = Table.builder("", "parameter", "value", "unit", "region", "from", "until", "source");
    readings.forEach(r -> table.row(r.parameterName(), value(r, valueWidth), r.parameter().unit().label(language),
        r.region().toString(), r.entry().from().toString(), until(r), r.citation(language)));
    return table.build();
  }

  private ArrayNode json(List<Reading> readings) {
    ArrayNode list = JsonMapping.mapper().createArrayNode();
    for (Reading r : readings) {
      ObjectNode o = list.addObject();
      o.put("parameter", r.parameterName());
      o.put("description", language == Language.ZH ? r.parameter().descriptionZh() : r.parameter().descriptionEn());
      o.set("value", JsonMapping.mapper().valueToTree(r.value()));
      o.put("unit", r.parameter().unit().name());
      o.put("region", r.region().toString());
      o.put("from", r.entry().from().toString());
      r.entry().until().ifPresent(u -> o.put("until", u.toString()));
      o.set("source", JsonMapping.mapper().valueToTree(r.entry().source()));
      o.put("origin", r.entry().origin());
    }
    return list;
  }

  private static String value(Reading r, int width) {
    String v = String.valueOf(r.value());
    return v.length() <= width ? v : v.substring(0, width - 1) + "…";
  }

  private static String until(Reading r) {
    return r.entry().until().map(Object::toString).orElse("");
  }
}

package org.jingzhun.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.core.json.DocumentText;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.examples.report.Progress;
import org.jingzhun.examples.scenario.AreaLevel;
import org.jingzhun.examples.scenario.OutputSpec;
import org.jingzhun.examples.scenario.PopulationSpec;
import org.jingzhun.examples.scenario.RegisterPopulation;
import org.jingzhun.examples.scenario.ScenarioFile;
import org.jingzhun.examples.scenario.SyntheticPopulation;
import org.jingzhun.examples.scenario.YearSpan;
import org.jingzhun.examples.scenario.ParameterSetting;
import org.jingzhun.examples.scenario.ScenarioSources;
import picocli.CommandLine.Option;

/**
 * The options of a research scenario ({@code simulate} and {@code compare} without a JSON input):
 * {@code --scenario FILE} and the flags that set or replace its parts. A flag wins over the file.
 */
final class ScenarioOptions {
  private static final ObjectMapper TREES = new ObjectMapper();

  @Option(names = "--scenario", paramLabel = "FILE", description = "the scenario file (YAML; see docs/cli.md); flags replace its parts")
  String scenario;

  @Option(names = "--region", paramLabel = "CODE", description = "the synthetic district's county code; default 511902")
  RegionCode region;

  @Option(names = "--households", paramLabel = "N", description = "households of the synthetic district; default 180000")
  Integer households;

  @Option(names = "--seed", paramLabel = "SEED", description = "the seed of the district and its shocks; default 2016")
  Long seed;

  @Option(names = "--register", paramLabel = "CSV", description = "simulate the households of a register CSV (docs/register-csv.md) instead")
  String register;

  @Option(names = "--from", paramLabel = "YEAR", description = "the first year; default the plan's (2015)")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR", description = "the last year; default the plan's (2020)")
  Integer to;

  @Option(names = "--policy", paramLabel = "FILE", description = "a parameter file laid on the shipped book; may be repeated")
  List<String> policies = new ArrayList<>();

  @Option(names = "--set", paramLabel = "NAME=VALUE",
      description = "change a parameter: +10%, -5%, 300, 3600/year; @YYYY-MM-DD for its first day; may be repeated")
  List<String> sets = new ArrayList<>();

  @Option(names = "--assume", paramLabel = "NAME=VALUE", description = "replace an assumption, e.g. incomeGrowth=0.06; may be repeated")
  List<String> assumptions = new ArrayList<>();

  @Option(names = "--tables", paramLabel = "LEVEL", split = ",", description = "also show these tables: county, township, village")
  List<AreaLevel> tables = new ArrayList<>();

  @Option(names = "--csv", paramLabel = "DIR", description = "write every table as CSV into DIR")
  String csv;

  @Option(names = "--excel", description = "CSV files start with a UTF-8 byte-order mark, for spreadsheet programs")
  boolean excel;

  @Option(names = "--runs", paramLabel = "N", description = "Monte Carlo runs with seeds drawn from the scenario's: the 5th, 50th and 95th percentile of every headline; default 1")
  Integer runs;

  @Option(names = "--official-only", description = "only values from official documents and local rules (exit 3 lists any other needed)")
  boolean officialOnly;

  @Option(names = "--quiet", description = "no progress bar (there is none anyway when standard error is not a terminal)")
  boolean quiet;

  /** Whether any option of a scenario was given. */
  boolean any() {
    return scenario != null || region != null || households != null || seed != null || register != null || from != null
        || to != null || !sets.isEmpty() || !assumptions.isEmpty() || !tables.isEmpty() || csv != null || excel || runs != null;
  }

  /** The scenario: the file's (or every default), with the flags laid on it. */
  ScenarioFile scenario(InputFiles files) {
    ScenarioFile file = scenario == null ? ScenarioFile.defaults() : ScenarioFile.read(scenario, files.text(Optional.of(scenario)));
    ScenarioFile.Builder b = ScenarioFile.builder().from(file);
    b.population(population(file.population()));
    if (from != null || to != null) {
      int f = from != null ? from : file.years().map(y -> y.first()).orElse(to != null && to < 2015 ? to : 2015);
      int t = to != null ? to : file.years().map(y -> y.last()).orElse(Math.max(f, 2020));
      b.years(YearSpan.of(f, t));
    }
    b.addAllPolicy(policies);
    b.putAllSet(settings(sets, "--set"));
    if (!assumptions.isEmpty()) {
      ObjectNode merged = file.assumptions().map(a -> ((ObjectNode) a).deepCopy()).orElseGet(TREES::createObjectNode);
      for (String a : assumptions) {
        int eq = a.indexOf('=');
        if (eq < 1) {
          throw ValidationException.of("--assume", a, "应为 名称=取值 / is NAME=VALUE, e.g. incomeGrowth=0.06");
        }
        merged.set(a.substring(0, eq).strip(), value(a.substring(eq + 1).strip()));
      }
      b.assumptions(merged);
    }
    OutputSpec out = file.outputs().orElseGet(() -> OutputSpec.builder().build());
    OutputSpec.Builder o = OutputSpec.builder().from(out);
    if (!tables.isEmpty()) {
      o.tables(tables);
    }
    if (csv != null) {
      o.csv(csv);
    }
    if (excel) {
      o.excel(true);
    }
    b.outputs(o.build());
    if (runs != null) {
      b.runs(runs);
    }
    return b.build();
  }

  private Optional<PopulationSpec> population(Optional<PopulationSpec> file) {
    if (register != null) {
      if (region != null || households != null) {
        throw new UserMistake("--register names the households; --region and --households are for the synthetic district");
      }
      return Optional.of(PopulationSpec.builder().register(RegisterPopulation.builder().file(register).seed(Optional.ofNullable(seed))
          .build()).build());
    }
    if (region == null && households == null && seed == null) {
      return file;
    }
    if (file.isPresent() && file.get().register().isPresent()) {
      if (region != null || households != null) {
        throw new UserMistake("the scenario's population is a register; --region and --households are for the synthetic district");
      }
      return Optional.of(PopulationSpec.builder().register(RegisterPopulation.builder().from(file.get().register().get())
          .seed(Optional.ofNullable(seed)).build()).build());
    }
    SyntheticPopulation base = file.flatMap(PopulationSpec::synthetic).orElseGet(() -> SyntheticPopulation.builder().build());
    SyntheticPopulation.Builder s = SyntheticPopulation.builder().from(base);
    if (region != null) {
      s.region(region);
    }
    if (households != null) {
      s.households(households);
    }
    if (seed != null) {
      s.seed(seed);
    }
    return Optional.of(PopulationSpec.builder().synthetic(s.build()).build());
  }

  /** The {@code NAME=VALUE} options as a map, in order; every malformed one reported at once. */
  static Map<String, String> settings(List<String> given, String option) {
    Map<String, String> out = new LinkedHashMap<>();
    Violations v = Violations.collect();
    for (String s : given) {
      try {
        ParameterSetting p = ParameterSetting.parse(s, option);
        out.put(p.name(), s.substring(s.indexOf('=') + 1).strip());
      } catch (ValidationException e) {
        v.addAll("", e.violations());
      }
    }
    v.throwIfAny();
    return out;
  }

  /** A flag's value as JSON: a number, true or false as such, anything else as text. */
  private static JsonNode value(String text) {
    try {
      JsonNode n = TREES.readTree(text);
      return n != null && (n.isNumber() || n.isBoolean() || n.isContainerNode()) ? n : TextNode.valueOf(text);
    } catch (IOException e) {
      return TextNode.valueOf(text);
    }
  }

  /** Where the scenario's files come from: the command line's readers, limits and messages. */
  ScenarioSources sources(Environment environment, InputOptions input) {
    return new ScenarioSources() {
      @Override
      public PolicyBook book() {
        PolicyBook shipped = environment.book().get();
        return officialOnly ? shipped.officialOnly() : shipped;
      }

      @Override
      public List<PolicyFile> policyFiles(List<String> names) {
        return new InputFiles(environment).policyFiles(names);
      }

      @Override
      public Reader register(String file, Optional<String> encoding) {
        InputFiles files = InputFiles.streaming(environment, input);
        Charset charset = files.encoding();
        if (encoding.isPresent()) {
          try {
            charset = Charset.forName(encoding.get().strip());
          } catch (IllegalArgumentException e) {
            throw ValidationException.of("population.register.encoding", encoding.get(), "不是字符编码 / is not an encoding; use UTF-8 or GB18030");
          }
        }
        return DocumentText.reader(files.stream(Optional.of(file)), charset);
      }
    };
  }

  /** A progress bar of {@code steps} on standard error, or none when quiet or not on a terminal. */
  Progress progress(String task, long steps) {
    return quiet || System.console() == null ? Progress.quiet() : Progress.onTerminal(task, steps, System.err);
  }
}

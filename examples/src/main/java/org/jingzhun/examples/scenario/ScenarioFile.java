package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.validation.Violations;

/**
 * 情景文件 — a research scenario as a small YAML (or JSON) file. Every part is optional and has
 * the demonstration district's default: {@code name}; {@code population} (synthetic: region,
 * households, seed; or a register CSV); {@code years} ({@code from}, {@code to}); {@code assumptions}
 * (attributes of planning's {@code Assumptions}, each replacing the demonstration's); {@code policy}
 * (parameter files laid on the shipped book) and {@code set} (parameter changes such as
 * {@code dibao.standard.rural: "+10%"}); {@code reform} (what {@code compare} lays on top for the
 * reform run); {@code outputs} (tables and a CSV folder); {@code runs} (Monte Carlo runs, 1 to
 * {@value #MAX_RUNS}: bands of every headline). Read strictly: an unknown key, a name given twice or a wrong type is refused with its path,
 * every problem at once.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenarioFile.class)
@JsonDeserialize(as = ImmutableScenarioFile.class)
public abstract class ScenarioFile {
  /** The most runs a scenario may ask for. */
  public static final int MAX_RUNS = 10_000;

  /** {@return the scenario's name, shown with its results} */
  public abstract Optional<String> name();

  /** {@return whose households are simulated; the synthetic district when absent} */
  public abstract Optional<PopulationSpec> population();

  /** {@return the years of the run; the plan's (2015–2020 for the synthetic district) when absent} */
  public abstract Optional<YearSpan> years();

  /**
   * {@return assumptions replacing the demonstration's, by attribute of planning's {@code Assumptions}
   * (e.g. {@code incomeGrowth: "0.06"}), each checked as that attribute}
   */
  public abstract Optional<JsonNode> assumptions();

  /** {@return parameter files laid on the shipped book, in order (paths relative to the working folder)} */
  public abstract List<String> policy();

  /** {@return parameter changes laid after the files: name → {@code +10%}, {@code 3600/year}, {@code 300@2016-01-01}} */
  public abstract Map<String, String> set();

  /** {@return the reform of {@code compare}: more files and changes laid on the scenario's book} */
  public abstract Optional<ReformSpec> reform();

  /** {@return what to write} */
  public abstract Optional<OutputSpec> outputs();

  /** {@return the number of Monte Carlo runs (seeds drawn from the scenario's); 1 when absent} */
  public abstract Optional<Integer> runs();

  /** {@return an empty scenario: every default} */
  public static ScenarioFile defaults() {
    return ImmutableScenarioFile.builder().build();
  }

  /**
   * Reads a scenario file.
   *
   * @param name the file's name; {@code .json} is read as JSON, anything else as YAML
   * @param text its text
   * @return the scenario
   * @throws org.jingzhun.core.validation.ValidationException listing every problem with its path
   */
  public static ScenarioFile read(String name, String text) {
    return name.endsWith(".json") ? JingzhunJson.read(text, ScenarioFile.class) : JingzhunJson.readYaml(text, ScenarioFile.class);
  }

  /** Checks the parts that the format alone cannot, every problem at once. */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    runs().ifPresent(n -> v.check(n >= 1 && n <= MAX_RUNS, "runs", n, "运行次数应为1至" + MAX_RUNS + " / the number of runs is 1 to "
        + MAX_RUNS));
    assumptions().ifPresent(a -> v.check(a.isObject(), "assumptions", a, "应为键值映射 / is a mapping of attribute: value"));
    v.throwIfAny();
  }

  /** {@return a builder of a new {@link ScenarioFile}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScenarioFile}. */
  public static final class Builder extends ImmutableScenarioFile.Builder {}
}

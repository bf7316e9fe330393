package org.jingzhun.planning.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.place.County;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.target.Targets;

/**
 * 情景输入 — a {@link Scenario} without its policy book: the JSON form of a scenario. The
 * population is written as an array of household records.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScenarioInputs.class)
@JsonDeserialize(as = ImmutableScenarioInputs.class)
public abstract class ScenarioInputs {

  public abstract String name();

  public abstract County county();

  @JsonSerialize(using = PopulationJson.Writer.class)
  @JsonDeserialize(using = PopulationJson.Reader.class)
  public abstract Population population();

  public abstract Plan plan();

  public abstract Assumptions assumptions();

  public abstract long seed();

  public abstract Optional<Targets> targets();

  /** The scenario of these inputs under {@code book}. */
  public final Scenario withBook(PolicyBook book) {
    return Scenario.builder().name(name()).county(county()).population(population()).book(book).plan(plan())
        .assumptions(assumptions()).seed(seed()).targets(targets()).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds inputs; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableScenarioInputs.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("name", name());
    boolean county = v.require("county", county());
    boolean population = v.require("population", population());
    boolean plan = v.require("plan", plan());
    boolean assumptions = v.require("assumptions", assumptions());
    if (county && population && plan && assumptions) {
      ScenarioChecks.check(v, county(), population(), plan(), assumptions(), targets());
    }
    v.throwIfAny();
  }
}

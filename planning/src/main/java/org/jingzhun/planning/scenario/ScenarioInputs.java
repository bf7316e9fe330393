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

  /** {@return the scenario's name} */
  public abstract String name();

  /** {@return the county: its townships and villages} */
  public abstract County county();

  /** {@return the households and their members} */
  @JsonSerialize(using = PopulationJson.Writer.class)
  @JsonDeserialize(using = PopulationJson.Reader.class)
  public abstract Population population();

  /** {@return the plan: funding sources and projects} */
  public abstract Plan plan();

  /** {@return what the simulation assumes: incomes, shocks, take-up and costs} */
  public abstract Assumptions assumptions();

  /** {@return the seed of the simulation's random draws: the same seed gives the same run} */
  public abstract long seed();

  /** {@return the targets to check the run against, if any} */
  public abstract Optional<Targets> targets();

  /**
   * {@return the scenario of these inputs under {@code book}}
   *
   * @param book the policy book whose parameters apply
   */
  public final Scenario withBook(PolicyBook book) {
    return Scenario.builder().name(name()).county(county()).population(population()).book(book).plan(plan())
        .assumptions(assumptions()).seed(seed()).targets(targets()).build();
  }

  /** {@return a builder of a new {@link ScenarioInputs}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds inputs; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableScenarioInputs.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
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

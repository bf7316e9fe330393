package org.jingzhun.planning.scenario;

import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.place.County;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.target.Targets;

/**
 * 情景 — what a campaign simulation runs: a county with its villages, a population of
 * households living in them, a policy book, a plan of projects and funding sources, the
 * researcher's assumptions, and a seed for the shocks; optionally, the targets to compare the run
 * with. A reform is a scenario with another policy book or plan.
 *
 * <p>The population is mutable; a simulation never changes it but works on a copy. Its JSON
 * form, without the book (which is made of parameter files, not JSON), is {@link ScenarioInputs}:
 * {@link #inputs()} and {@link ScenarioInputs#withBook(PolicyBook)}.
 */
@Value.Immutable
public abstract class Scenario {

  /** {@return the scenario's name} */
  public abstract String name();

  /**
   * {@return 县 — the county: its townships and villages with their registered population and
   * facilities}
   */
  public abstract County county();

  /** {@return the households, each in a village of the county} */
  public abstract Population population();

  /** {@return the policy parameters in force (a reform is another book)} */
  public abstract PolicyBook book();

  /** {@return the plan: funding sources and projects} */
  public abstract Plan plan();

  /** {@return what the simulation assumes: incomes, shocks, take-up and costs} */
  public abstract Assumptions assumptions();

  /** {@return the seed of the shocks; the same seed and inputs give the same result} */
  public abstract long seed();

  /**
   * {@return the targets to compare the run with, if any; every year of them within the plan's run}
   */
  public abstract Optional<Targets> targets();

  /** {@return the scenario without its book, for JSON} */
  public final ScenarioInputs inputs() {
    return ScenarioInputs.builder().name(name()).county(county()).population(population()).plan(plan())
        .assumptions(assumptions()).seed(seed()).targets(targets()).build();
  }

  /** {@return a builder of a new {@link Scenario}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a scenario; {@code build()} reports every missing or bad attribute, and every misfit of its parts, at once. */
  public static final class Builder extends ImmutableScenario.Builder {}

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
    v.require("book", book());
    boolean plan = v.require("plan", plan());
    boolean assumptions = v.require("assumptions", assumptions());
    if (county && population && plan && assumptions) {
      ScenarioChecks.check(v, county(), population(), plan(), assumptions(), targets());
    }
    v.throwIfAny();
  }
}

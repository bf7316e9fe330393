package org.jingzhun.planning.simulation;

import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;

/** The simulation's test districts, for tests of other packages. */
public final class SimulationFixtures {
  private SimulationFixtures() {}

  public static Scenario.Builder handScenario() {
    return HandDistrict.scenario();
  }

  public static Plan handPlan() {
    return HandDistrict.plan();
  }

  public static Population handPopulation() {
    return HandDistrict.population();
  }

  public static Assumptions.Builder handAssumptions() {
    return HandDistrict.assumptions();
  }

  public static Scenario.Builder generated(int villages, int households, long seed) {
    return GeneratedDistricts.scenario(villages, households, seed);
  }

  public static org.jingzhun.core.policy.PolicyBook testBook() {
    return TestBooks.withGapsFilled();
  }
}

/**
 * Jingzhun planning: the project library, funding sources, budget allocation, the columnar
 * population for simulation, the multi-year campaign and yearly targets, and the household
 * ledger.
 *
 * <p>Start with {@link org.jingzhun.planning.scenario.ScenarioInputs} and
 * {@link org.jingzhun.planning.simulation.CampaignSimulation#run}; run a scenario many times with
 * {@link org.jingzhun.planning.uncertainty.MonteCarlo}; allocate a budget with
 * {@link org.jingzhun.planning.allocation.GreedyAllocator} or
 * {@link org.jingzhun.planning.allocation.ExactAllocator}. Every exported package is the
 * supported API (docs/api.md lists them).
 */
module org.jingzhun.planning {
  requires transitive org.jingzhun.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind; // annotations on our value types; no Jackson type in a public signature
  requires transitive org.jingzhun.eligibility;
  requires transitive org.jingzhun.finance;
  requires ojalgo;
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.jingzhun.planning.plan;
  exports org.jingzhun.planning.funding;
  exports org.jingzhun.planning.campaign;
  exports org.jingzhun.planning.allocation;
  exports org.jingzhun.planning.population;
  exports org.jingzhun.planning.target;
  exports org.jingzhun.planning.scenario;
  exports org.jingzhun.planning.simulation;
  exports org.jingzhun.planning.uncertainty;
  exports org.jingzhun.planning.ledger;
  exports org.jingzhun.planning.assessment;

  opens org.jingzhun.planning.plan to com.fasterxml.jackson.databind;
  opens org.jingzhun.planning.funding to com.fasterxml.jackson.databind;
  opens org.jingzhun.planning.campaign to com.fasterxml.jackson.databind;
  opens org.jingzhun.planning.allocation to com.fasterxml.jackson.databind;
  opens org.jingzhun.planning.target to com.fasterxml.jackson.databind;
  opens org.jingzhun.planning.scenario to com.fasterxml.jackson.databind;
  opens org.jingzhun.planning.simulation to com.fasterxml.jackson.databind;
  opens org.jingzhun.planning.ledger to com.fasterxml.jackson.databind;

  provides org.jingzhun.core.policy.PolicyResources with org.jingzhun.planning.ledger.LedgerPolicyResources;
}

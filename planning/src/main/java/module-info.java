/**
 * Jingzhun planning: the project library, funding sources, budget allocation, the columnar
 * population for simulation, the multi-year campaign and yearly targets, and the household
 * ledger.
 *
 * <p>Not yet a supported API: the campaign is run through the command line
 * ({@code jingzhun simulate}, {@code jingzhun demo}) from scenario files, and the module exports
 * no package; our own programs (the command line, the web API, the benchmarks) use it from the
 * class path. Its packages may change in any release.
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

  // core reads the parameter keys the ledger declares
  exports org.jingzhun.planning.ledger to org.jingzhun.core;

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

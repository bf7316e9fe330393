/**
 * Jingzhun core: exact money, dates, regions, the household model, dated and cited policy
 * parameters, explanations, validation and JSON.
 *
 * <p>Start with {@link org.jingzhun.core.policy.PolicyBook#shipped()}, the book every rule reads,
 * {@link org.jingzhun.core.money.Money} for amounts, {@link org.jingzhun.core.json.JingzhunJson} to read
 * inputs, and {@link org.jingzhun.core.validation.ValidationException}, which every bad input raises.
 *
 * <p>The packages exported to everyone are the supported API (docs/api.md lists them); the one
 * exported to our own modules only ({@code style}, the value types' code-generation style) may
 * change in any release.
 */
@SuppressWarnings("module") // the modules a package is exported to are built after this one
module org.jingzhun.core {
  requires com.google.common; // internal only: no Guava type in a public signature
  requires com.fasterxml.jackson.databind; // internal only: no Jackson type in a public signature
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml; // where a YAML syntax problem is (json.internal.YamlProblems)
  requires static org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports org.jingzhun.core.money;
  exports org.jingzhun.core.time;
  exports org.jingzhun.core.region;
  exports org.jingzhun.core.household;
  exports org.jingzhun.core.policy;
  exports org.jingzhun.core.explain;
  exports org.jingzhun.core.validation;
  exports org.jingzhun.core.json;
  exports org.jingzhun.core.place;
  // exported to our own modules only: not API
  exports org.jingzhun.core.style to org.jingzhun.eligibility, org.jingzhun.finance, org.jingzhun.planning;

  opens org.jingzhun.core.money to com.fasterxml.jackson.databind;
  opens org.jingzhun.core.time to com.fasterxml.jackson.databind;
  opens org.jingzhun.core.region to com.fasterxml.jackson.databind;
  opens org.jingzhun.core.household to com.fasterxml.jackson.databind;
  opens org.jingzhun.core.place to com.fasterxml.jackson.databind;
  opens org.jingzhun.core.policy to com.fasterxml.jackson.databind;
  opens org.jingzhun.core.explain to com.fasterxml.jackson.databind;
  opens org.jingzhun.core.json.internal to com.fasterxml.jackson.databind;

  uses org.jingzhun.core.policy.PolicyResources;
}

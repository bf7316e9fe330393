package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/** 人口 — the households of a scenario: the synthetic district or a register CSV, exactly one. */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulationSpec.class)
@JsonDeserialize(as = ImmutablePopulationSpec.class)
public abstract class PopulationSpec {

  /** {@return the synthetic district, generated from a seed} */
  public abstract Optional<SyntheticPopulation> synthetic();

  /** {@return a household register CSV (docs/register-csv.md), streamed from disk} */
  public abstract Optional<RegisterPopulation> register();

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.check(synthetic().isPresent() != register().isPresent(), "population", synthetic().isPresent() ? "synthetic, register" : "{}",
        "需且仅需其一 / needs exactly one of synthetic or register");
    v.throwIfAny();
  }

  /** {@return a builder of a new {@link PopulationSpec}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PopulationSpec}. */
  public static final class Builder extends ImmutablePopulationSpec.Builder {}
}

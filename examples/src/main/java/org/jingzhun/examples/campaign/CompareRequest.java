package org.jingzhun.examples.campaign;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.scenario.ScenarioInputs;

/**
 * 方案比较请求 — a baseline scenario and, optionally, a reform scenario (another plan or other
 * assumptions). Without a reform the baseline's inputs are run again under the reform book
 * ({@code --reform-policy}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompareRequest.class)
@JsonDeserialize(as = ImmutableCompareRequest.class)
public abstract class CompareRequest {

  public abstract ScenarioInputs baseline();

  public abstract Optional<ScenarioInputs> reform();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every missing attribute at once. */
  public static final class Builder extends ImmutableCompareRequest.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("baseline", baseline());
    v.throwIfAny();
  }
}

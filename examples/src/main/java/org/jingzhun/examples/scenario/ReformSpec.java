package org.jingzhun.examples.scenario;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 改革方案 — what {@code compare} lays on the scenario's book for the reform run: parameter files,
 * then parameter changes, as the scenario's own {@code policy} and {@code set}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReformSpec.class)
@JsonDeserialize(as = ImmutableReformSpec.class)
public abstract class ReformSpec {

  /** {@return the reform's name; "reform" when absent} */
  public abstract Optional<String> name();

  /** {@return parameter files laid on the scenario's book} */
  public abstract List<String> policy();

  /** {@return parameter changes laid after them} */
  public abstract Map<String, String> set();

  /** {@return a builder of a new {@link ReformSpec}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReformSpec}. */
  public static final class Builder extends ImmutableReformSpec.Builder {}
}

package org.jingzhun.planning.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.money.Money;

/**
 * 项目取舍 — whether an allocation chose a project, why, and in words a planner can put in a
 * report (e.g. "no pooled or earmarked source left for type ROAD in 2018").
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {

  /** {@return the project's identifier} */
  public abstract String projectId();

  /** {@return why the project was chosen or left out} */
  public abstract DecisionReason reason();

  /** {@return the project's value toward the objective when it was weighed (its marginal gain)} */
  public abstract long value();

  /** {@return the project's total cost} */
  public abstract Money cost();

  /** {@return the year that decided it, when one did (the year its type ran out of money)} */
  public abstract Optional<Integer> year();

  /**
   * {@return 次序 — the greedy method's order: 1 for the project weighed first, and so on; the
   * ranking that decided the order is {@link #value()} per yuan of {@link #cost()}, the most first
   * (absent for the exact method, which weighs the set as a whole)}
   */
  public abstract Optional<Integer> step();

  /** {@return the reason in full, in English} */
  public abstract String detail();

  /** {@return whether the project was chosen} */
  public final boolean chosen() {
    return reason().chosen();
  }

  /** {@return a builder of a new {@link Decision}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a decision. */
  public static final class Builder extends ImmutableDecision.Builder {}
}

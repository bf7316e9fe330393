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

  public abstract String projectId();

  public abstract DecisionReason reason();

  /** The project's value toward the objective when it was weighed (its marginal gain). */
  public abstract long value();

  /** The project's total cost. */
  public abstract Money cost();

  /** The year that decided it, when one did (the year its type ran out of money). */
  public abstract Optional<Integer> year();

  /** The reason in full, in English. */
  public abstract String detail();

  public final boolean chosen() {
    return reason().chosen();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a decision. */
  public static final class Builder extends ImmutableDecision.Builder {}
}

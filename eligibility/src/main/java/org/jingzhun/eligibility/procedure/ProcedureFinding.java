package org.jingzhun.eligibility.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.household.ProcedureStepKind;
import org.jingzhun.core.validation.Violations;

/** 程序问题记录 — one problem found with one step: which step, what is wrong, and the figure (days). */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureFinding.class)
@JsonDeserialize(as = ImmutableProcedureFinding.class)
public abstract class ProcedureFinding {

  /** {@return the step at fault} */
  public abstract ProcedureStepKind step();

  /** {@return what is wrong with the step} */
  public abstract ProcedureProblem problem();

  /** {@return for a notice too short: the days it ran} */
  public abstract Optional<Long> days();

  /** {@return for a notice too short: the days it must run} */
  public abstract Optional<Integer> requiredDays();

  /**
   * {@return the finding {@code problem} at {@code step}}
   *
   * @param step the step at fault
   * @param problem what is wrong with it
   */
  public static ProcedureFinding of(ProcedureStepKind step, ProcedureProblem problem) {
    return builder().step(step).problem(problem).build();
  }

  /** {@return a builder of a new {@link ProcedureFinding}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a finding. */
  public static final class Builder extends ImmutableProcedureFinding.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("step", step());
    v.require("problem", problem());
    v.throwIfAny();
  }
}

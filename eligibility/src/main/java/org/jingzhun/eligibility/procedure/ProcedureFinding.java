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

  public abstract ProcedureStepKind step();

  public abstract ProcedureProblem problem();

  /** For a notice too short: the days it ran. */
  public abstract Optional<Long> days();

  /** For a notice too short: the days it must run. */
  public abstract Optional<Integer> requiredDays();

  public static ProcedureFinding of(ProcedureStepKind step, ProcedureProblem problem) {
    return builder().step(step).problem(problem).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a finding. */
  public static final class Builder extends ImmutableProcedureFinding.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("step", step());
    v.require("problem", problem());
    v.throwIfAny();
  }
}

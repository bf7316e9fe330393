package org.jingzhun.eligibility.procedure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 程序核查结果 — the result of checking one procedure of a registration record: valid when
 * every required step is present, passed, in order, and the notice ran long enough.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureCheck.class)
@JsonDeserialize(as = ImmutableProcedureCheck.class)
public abstract class ProcedureCheck {

  public abstract ProcedureKind procedure();

  /** Every problem found, in the order of the required steps. */
  public abstract List<ProcedureFinding> findings();

  /** Whether the procedure is complete and regular: no findings. */
  public final boolean valid() {
    return findings().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a check result. */
  public static final class Builder extends ImmutableProcedureCheck.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("procedure", procedure());
    v.throwIfAny();
  }
}

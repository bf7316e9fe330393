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

  /** {@return which procedure was checked: entry or exit} */
  public abstract ProcedureKind procedure();

  /** {@return every problem found, in the order of the required steps} */
  public abstract List<ProcedureFinding> findings();

  /** {@return whether the procedure is complete and regular: no findings} */
  public final boolean valid() {
    return findings().isEmpty();
  }

  /** {@return a builder of a new {@link ProcedureCheck}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a check result. */
  public static final class Builder extends ImmutableProcedureCheck.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("procedure", procedure());
    v.throwIfAny();
  }
}

package org.jingzhun.examples.eligibility;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.eligibility.procedure.ProcedureKind;

/**
 * 程序核查请求 — a registration record and which of its procedures to check: the entry
 * (识别) procedure or the exit (退出) procedure.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureRequest.class)
@JsonDeserialize(as = ImmutableProcedureRequest.class)
public abstract class ProcedureRequest {

  /** The household's registration record with its dated steps. */
  public abstract RegistrationRecord record();

  /** The procedure to check: {@code ENTRY} or {@code EXIT}. */
  public abstract ProcedureKind procedure();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a request; {@code build()} reports every missing field at once. */
  public static final class Builder extends ImmutableProcedureRequest.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("record", record());
    v.require("procedure", procedure());
    v.throwIfAny();
  }
}

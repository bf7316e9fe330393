package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 程序记录 — one dated step of the entry or exit procedure: when it happened, until when it
 * ran (a public notice runs for days), and whether it passed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedureStep.class)
@JsonDeserialize(as = ImmutableProcedureStep.class)
public abstract class ProcedureStep {

  /** {@return which step of the procedure this is} */
  public abstract ProcedureStepKind kind();

  /** {@return the day the step took place or, for a notice, began} */
  public abstract LocalDate date();

  /** {@return for a step that runs over days (a public notice), its last day} */
  public abstract Optional<LocalDate> lastDay();

  /**
   * {@return whether the step passed (the review agreed, the notice drew no sustained objection)}
   */
  @Value.Default
  public boolean passed() {
    return true;
  }

  /** {@return days the step ran, counting its first and last day; 1 for a one-day step} */
  public final long days() {
    return lastDay().map(end -> java.time.temporal.ChronoUnit.DAYS.between(date(), end) + 1).orElse(1L);
  }

  /**
   * {@return the step {@code kind} taken on {@code date}}
   *
   * @param kind the step
   * @param date the day it was taken
   */
  public static ProcedureStep of(ProcedureStepKind kind, LocalDate date) {
    return builder().kind(kind).date(date).build();
  }

  /** {@return a builder of a new {@link ProcedureStep}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a step; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableProcedureStep.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("kind", kind());
    if (v.require("date", date())) {
      lastDay()
          .ifPresent(end -> v.check(!end.isBefore(date()), "lastDay", end, "may not be before the step's date " + date()));
    }
    v.throwIfAny();
  }
}

package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.jingzhun.core.validation.Violations;

/**
 * 建档立卡记录 — a household's entry on the poverty register: its category, whether it is
 * still poor, and the dated steps of its entry and (separately, 进退分核) exit procedures.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRegistrationRecord.class)
@JsonDeserialize(as = ImmutableRegistrationRecord.class)
public abstract class RegistrationRecord {

  /** {@return the category the household was registered in} */
  public abstract PovertyCategory category();

  /** {@return whether the household is still registered or has exited, and how} */
  public abstract RegistrationStatus status();

  /** {@return the year the household was registered (建档立卡年度)} */
  public abstract int year();

  /** {@return the steps of the entry procedure, in the order recorded} */
  public abstract List<ProcedureStep> entrySteps();

  /** {@return the steps of the exit procedure, in the order recorded; empty until exit begins} */
  public abstract List<ProcedureStep> exitSteps();

  /** {@return a builder of a new {@link RegistrationRecord}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a record; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableRegistrationRecord.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    v.require("category", category());
    v.require("status", status());
    v.check(year() >= 1980 && year() <= 2100, "year", year(), "is not a plausible registration year");
    v.throwIfAny();
  }
}

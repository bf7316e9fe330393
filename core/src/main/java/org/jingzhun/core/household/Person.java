package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jingzhun.core.time.CalendarRules;
import org.jingzhun.core.validation.Violations;

/**
 * 家庭成员 — a member of a household, with what the rules read: birth date, relationship to
 * the head, disability (certificate grade 1–4; 1 and 2 are severe), health, labour capacity,
 * school stage and boarding, and enrolment in basic medical insurance.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {

  /** An identifier unique within the household (a registry number, not a name). */
  public abstract String id();

  public abstract LocalDate birthDate();

  public abstract Relationship relationship();

  /** 残疾等级 — the disability certificate grade, 1 (most severe) to 4, if any. */
  public abstract Optional<Integer> disabilityGrade();

  /** Health as recorded; healthy unless stated. */
  @Value.Default
  public HealthCondition health() {
    return HealthCondition.HEALTHY;
  }

  public abstract LabourCapacity labourCapacity();

  /** The stage of education the member is enrolled in, if enrolled. */
  public abstract Optional<SchoolStage> schoolStage();

  /** Whether the member boards at school (寄宿生); false unless stated. */
  @Value.Default
  public boolean boarding() {
    return false;
  }

  /** 参加基本医疗保险 — enrolled in basic medical insurance; false unless stated. */
  @Value.Default
  public boolean insured() {
    return false;
  }

  /** Whether the member holds a grade 1 or 2 (severe) disability certificate. */
  public final boolean hasSevereDisability() {
    return disabilityGrade().map(g -> g <= 2).orElse(false);
  }

  /** Whether the member is enrolled in school. */
  public final boolean inSchool() {
    return schoolStage().isPresent();
  }

  /** Age in completed years on {@code date}; see {@link CalendarRules#ageOn}. */
  public final int ageOn(LocalDate date) {
    return CalendarRules.ageOn(birthDate(), date);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a person; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutablePerson.Builder {}

  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("id", id())) {
      v.check(!id().isBlank(), "id", id(), "may not be blank");
    }
    v.require("birthDate", birthDate());
    v.require("relationship", relationship());
    v.require("labourCapacity", labourCapacity());
    v.require("health", health());
    disabilityGrade()
        .ifPresent(g -> v.check(g >= 1 && g <= 4, "disabilityGrade", g, "a disability grade is 1, 2, 3 or 4"));
    v.check(
        !boarding() || schoolStage().isPresent(),
        "boarding",
        true,
        "only a member enrolled in school can board");
    v.throwIfAny();
  }
}

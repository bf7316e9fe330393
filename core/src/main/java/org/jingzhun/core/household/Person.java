package org.jingzhun.core.household;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
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

  /** {@return an identifier unique within the household (a registry number, not a name)} */
  public abstract String id();

  /** {@return the day of birth} */
  public abstract LocalDate birthDate();

  /** {@return 与户主关系 — the person's relationship to the head of the household} */
  public abstract Relationship relationship();

  /** {@return 残疾等级 — the disability certificate grade, 1 (most severe) to 4, if any} */
  public abstract Optional<Integer> disabilityGrade();

  /** {@return health as recorded; healthy unless stated} */
  @Value.Default
  public HealthCondition health() {
    return HealthCondition.HEALTHY;
  }

  /** {@return 劳动能力 — whether the person can work, fully, partly or not at all} */
  public abstract LabourCapacity labourCapacity();

  /** {@return the stage of education the member is enrolled in, if enrolled} */
  public abstract Optional<SchoolStage> schoolStage();

  /** {@return whether the member boards at school (寄宿生); false unless stated} */
  @Value.Default
  public boolean boarding() {
    return false;
  }

  /** {@return 参加基本医疗保险 — enrolled in basic medical insurance; false unless stated} */
  @Value.Default
  public boolean insured() {
    return false;
  }

  /**
   * {@return 技能培训 — the practical skills the member was trained in, oldest first; none unless
   * stated (and then not written in JSON)}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SkillTraining> trainings();

  /** {@return whether the member can work, fully or partly: a labourer (劳动力)} */
  public final boolean isLabourer() {
    return labourCapacity() != LabourCapacity.NONE;
  }

  /**
   * {@return whether the member had been trained in at least one practical skill by the end of
   * {@code year}}
   *
   * @param year the calendar year
   */
  public final boolean hasPracticalSkillBy(int year) {
    return trainings().stream().anyMatch(t -> t.year() <= year);
  }

  /** {@return whether the member holds a grade 1 or 2 (severe) disability certificate} */
  public final boolean hasSevereDisability() {
    return disabilityGrade().map(Person::isSevereDisabilityGrade).orElse(false);
  }

  /**
   * {@return whether a disability of {@code grade} is severe (重度残疾): grade 1 or 2 of the four}
   *
   * @param grade the disability grade, 1 to 4 (0 or any other number: none)
   */
  public static boolean isSevereDisabilityGrade(int grade) {
    return grade == 1 || grade == 2;
  }

  /** {@return whether the member is enrolled in school} */
  public final boolean inSchool() {
    return schoolStage().isPresent();
  }

  /**
   * {@return age in completed years on {@code date}; see {@link CalendarRules#ageOn}}
   *
   * @param date the day on which the age is counted, not before the birth
   */
  public final int ageOn(LocalDate date) {
    return CalendarRules.ageOn(birthDate(), date);
  }

  /** {@return a builder of a new {@link Person}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a person; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutablePerson.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
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
    for (int i = 0; i < trainings().size(); i++) {
      int year = trainings().get(i).year();
      v.check(birthDate() == null || year >= birthDate().getYear(), "trainings[" + i + "].year", year,
          "培训年份早于出生年份 / a training cannot end before the member was born");
    }
    v.throwIfAny();
  }
}

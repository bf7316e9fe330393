package org.jingzhun.core.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.Violations;

/**
 * 技能培训记录 — a practical skill a member was trained in: the skill (e.g. 茶叶种植, 电焊), the
 * year the training ended and the programme that gave it. The district aims at one practical skill
 * for every poor labourer (每人至少掌握一门致富技能); a member with a record has that skill from
 * its year on.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSkillTraining.class)
@JsonDeserialize(as = ImmutableSkillTraining.class)
public abstract class SkillTraining {
  /** The most characters a skill's name may have. */
  public static final int MAX_SKILL_CHARS = 100;

  /** {@return the skill, as the register names it} */
  public abstract String skill();

  /** {@return the calendar year the training ended} */
  public abstract int year();

  /** {@return the programme that gave the training} */
  public abstract TrainingProgramme programme();

  /** {@return a builder of a new {@link SkillTraining}, checked when built} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a training record; {@code build()} reports every missing or bad attribute at once. */
  public static final class Builder extends ImmutableSkillTraining.Builder {}

  /**
   * Checks this value when it is built (its {@code @Value.Check}), reporting every problem at once.
   *
   * @throws org.jingzhun.core.validation.ValidationException listing every violation, each at its
   *     field path
   */
  @Value.Check
  protected void check() {
    Violations v = Violations.collect();
    if (v.require("skill", skill())) {
      v.check(!skill().isBlank() && skill().length() <= MAX_SKILL_CHARS, "skill", skill(),
          "技能名称不能为空，且不超过" + MAX_SKILL_CHARS + "个字符 / a skill needs a name of at most "
              + MAX_SKILL_CHARS + " characters");
    }
    v.check(InputLimits.isYear(year()), "year", year(), InputLimits.yearRule());
    v.require("programme", programme());
    v.throwIfAny();
  }
}

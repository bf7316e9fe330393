package org.jingzhun.eligibility.batch;

import org.jingzhun.core.explain.Labelled;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import java.util.Optional;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;

/** 家庭特征 — an attribute of a household's members that the five-batches mapping reads. */
public enum HouseholdAttribute implements Labelled {
  /** 全体成员无劳动能力 — no member can work. */
  NO_LABOUR_CAPACITY("全体成员无劳动能力", "no member can work"),
  /** 有普通劳动力 — a member with full labour capacity. */
  FULL_LABOUR_CAPACITY("有普通劳动力", "a member with full labour capacity"),
  /** 有重度残疾（1—2级）成员 — a member with a severe (grade 1–2) disability. */
  SEVERE_DISABILITY("有重度残疾（1—2级）成员", "a member with a severe (grade 1–2) disability"),
  /** 有患大病成员 — a member with a serious illness. */
  SERIOUS_ILLNESS("有患大病成员", "a member with a serious illness"),
  /** 有在校学生 — a member in school. */
  MEMBER_IN_SCHOOL("有在校学生", "a member in school"),
  /** 住房整体危险（D级） — dwelling dangerous as a whole (grade D). */
  DANGEROUS_HOUSING("住房整体危险（D级）", "dwelling dangerous as a whole (grade D)");

  private final String chinese;
  private final String english;

  HouseholdAttribute(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * {@return whether {@code h} has this attribute}
   *
   * @param h the household
   */
  public boolean of(Household h) {
    return of(HouseholdFacts.of(h, Optional.empty()));
  }

  /**
   * {@return whether the household read through {@code h} has this attribute} Allocates nothing.
   *
   * @param h the household's facts
   */
  public boolean of(HouseholdFacts h) {
    if (this == DANGEROUS_HOUSING) {
      return h.housing() == HousingSafetyGrade.D;
    }
    boolean all = true;
    for (int m = 0, n = h.members(); m < n; m++) {
      boolean member = switch (this) {
        case NO_LABOUR_CAPACITY -> h.labourCapacity(m) == LabourCapacity.NONE;
        case FULL_LABOUR_CAPACITY -> h.labourCapacity(m) == LabourCapacity.FULL;
        case SEVERE_DISABILITY -> h.severeDisability(m);
        case SERIOUS_ILLNESS -> h.health(m) == HealthCondition.SERIOUS_ILLNESS;
        case MEMBER_IN_SCHOOL -> h.inSchool(m);
        case DANGEROUS_HOUSING -> throw new AssertionError();
      };
      if (member && this != NO_LABOUR_CAPACITY) {
        return true;
      }
      all &= member;
    }
    return this == NO_LABOUR_CAPACITY && all;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }
}

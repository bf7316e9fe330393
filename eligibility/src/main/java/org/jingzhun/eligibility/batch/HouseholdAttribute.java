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
    return (maskOf(h) & bit()) != 0;
  }

  /** {@return this attribute's bit in a {@link #maskOf} mask: 1 shifted by its ordinal} */
  public int bit() {
    return 1 << ordinal();
  }

  /**
   * {@return the attributes the household read through {@code h} has, as a mask of their
   * {@link #bit()}s, its members read once} Allocates nothing.
   *
   * @param h the household's facts
   */
  public static int maskOf(HouseholdFacts h) {
    int mask = 0;
    boolean noneCanWork = true;
    for (int m = 0, n = h.members(); m < n; m++) {
      LabourCapacity labour = h.labourCapacity(m);
      noneCanWork &= labour == LabourCapacity.NONE;
      mask |= (labour == LabourCapacity.FULL ? FULL_LABOUR_CAPACITY.bit() : 0)
          | (h.severeDisability(m) ? SEVERE_DISABILITY.bit() : 0)
          | (h.health(m) == HealthCondition.SERIOUS_ILLNESS ? SERIOUS_ILLNESS.bit() : 0)
          | (h.inSchool(m) ? MEMBER_IN_SCHOOL.bit() : 0);
    }
    return mask | (noneCanWork ? NO_LABOUR_CAPACITY.bit() : 0)
        | (h.housing() == HousingSafetyGrade.D ? DANGEROUS_HOUSING.bit() : 0);
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

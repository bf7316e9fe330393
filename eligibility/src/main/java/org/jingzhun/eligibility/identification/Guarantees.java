package org.jingzhun.eligibility.identification;

import java.time.LocalDate;
import java.util.EnumSet;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Person;

/**
 * “三保障”核查 — which guarantees a household lacks on a date: housing of grade C or D is
 * unsafe; no safe drinking water; a member of compulsory school age not enrolled; a member
 * without basic medical insurance.
 */
public final class Guarantees {
  private Guarantees() {}

  /**
   * {@return the deficits of {@code household} on {@code date}, in declaration order}
   *
   * @param household the household
   * @param date the day whose rules apply
   * @param schoolAge the ages of compulsory schooling in force
   */
  public static EnumSet<GuaranteeDeficit> deficits(Household household, LocalDate date, SchoolAge schoolAge) {
    EnumSet<GuaranteeDeficit> out = EnumSet.noneOf(GuaranteeDeficit.class);
    if (household.housing() == HousingSafetyGrade.C || household.housing() == HousingSafetyGrade.D) {
      out.add(GuaranteeDeficit.UNSAFE_HOUSING);
    }
    if (!household.safeDrinkingWater()) {
      out.add(GuaranteeDeficit.UNSAFE_WATER);
    }
    for (Person p : household.members()) {
      if (!p.inSchool() && schoolAge.isOfSchoolAge(p, date)) {
        out.add(GuaranteeDeficit.CHILD_OUT_OF_SCHOOL);
      }
      if (!p.insured()) {
        out.add(GuaranteeDeficit.UNINSURED);
      }
    }
    return out;
  }
}

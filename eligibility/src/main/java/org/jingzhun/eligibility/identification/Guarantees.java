package org.jingzhun.eligibility.identification;

import java.time.LocalDate;
import java.util.EnumSet;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import java.util.Optional;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;

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
    int mask = mask(HouseholdFacts.of(household, Optional.empty()), schoolAge.bornAfterDay(date), schoolAge.bornByDay(date));
    return GuaranteeDeficit.setOf(mask);
  }

  /**
   * The deficits of {@code h} as a mask ({@link GuaranteeDeficit#mask}); a member is of school
   * age when born after {@code bornAfterDay} and on or before {@code bornByDay} (epoch days).
   */
  static int mask(HouseholdFacts h, int bornAfterDay, int bornByDay) {
    int mask = 0;
    HousingSafetyGrade housing = h.housing();
    if (housing == HousingSafetyGrade.C || housing == HousingSafetyGrade.D) {
      mask |= GuaranteeDeficit.UNSAFE_HOUSING.bit();
    }
    if (!h.safeDrinkingWater()) {
      mask |= GuaranteeDeficit.UNSAFE_WATER.bit();
    }
    for (int m = 0, n = h.members(); m < n; m++) {
      int born = h.birthEpochDay(m);
      if (!h.inSchool(m) && born > bornAfterDay && born <= bornByDay) {
        mask |= GuaranteeDeficit.CHILD_OUT_OF_SCHOOL.bit();
      }
      if (!h.insured(m)) {
        mask |= GuaranteeDeficit.UNINSURED.bit();
      }
    }
    return mask;
  }
}

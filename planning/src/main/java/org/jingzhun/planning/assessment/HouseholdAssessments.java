package org.jingzhun.planning.assessment;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.IncomeSource;
import org.jingzhun.core.household.LinkedIncomeSource;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.exit.ExitAssessment;

/**
 * 绩效分评 — assesses a household's year from what the year's records hold: the household at the
 * start and at the end, the exit test of the end (income over the line and the guarantees, as
 * {@link org.jingzhun.eligibility.exit.HouseholdExitRules} computes it under the book in force),
 * the entitlement kinds its prescription named and those the year delivered.
 */
public final class HouseholdAssessments {
  private HouseholdAssessments() {}

  /**
   * {@return the year's assessment of the household}
   *
   * @param year the calendar year assessed
   * @param before the household at the start of the year
   * @param after the same household at the end of the year
   * @param exit the exit test of {@code after} at the end of the year
   * @param prescribed the entitlement kinds its prescription named, by id, in order
   * @param delivered the entitlement kinds the year delivered, by id
   * @throws IllegalArgumentException if the two households are not the same household
   */
  public static HouseholdAssessment assess(int year, Household before, Household after, ExitAssessment exit,
      List<String> prescribed, Set<String> delivered) {
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException("the households before and after differ: " + before.id() + " and " + after.id());
    }
    List<MeasureDelivery> measures = prescribed.stream().distinct().map(k -> new MeasureDelivery(k, delivered.contains(k))).toList();
    List<Person> labourers = after.members().stream().filter(Person::isLabourer).toList();
    int skilled = (int) labourers.stream().filter(p -> p.hasPracticalSkillBy(year)).count();
    return new HouseholdAssessment(after.id(), after.village(), year, bySource(before.income()), bySource(after.income()),
        byLinkedSource(before.income()), byLinkedSource(after.income()), before.netIncome(), after.netIncome(),
        exit.criteria(), exit.passed(), measures, labourers.size(), skilled);
  }

  /**
   * {@return the village and township roll-ups of {@code assessments}, villages first, each in code order}
   *
   * @param assessments the households' assessments of one year
   */
  public static List<AssessmentRollUp> rollUps(Collection<HouseholdAssessment> assessments) {
    return AssessmentRollUp.byVillageAndTownship(assessments);
  }

  private static Map<IncomeSource, Money> bySource(Income income) {
    Map<IncomeSource, Money> out = new EnumMap<>(IncomeSource.class);
    for (IncomeSource s : IncomeSource.values()) {
      out.put(s, income.amount(s));
    }
    return out;
  }

  private static Map<LinkedIncomeSource, Money> byLinkedSource(Income income) {
    Map<LinkedIncomeSource, Money> out = new EnumMap<>(LinkedIncomeSource.class);
    for (LinkedIncomeSource s : LinkedIncomeSource.values()) {
      out.put(s, income.linkedOrNone().amount(s));
    }
    return out;
  }
}

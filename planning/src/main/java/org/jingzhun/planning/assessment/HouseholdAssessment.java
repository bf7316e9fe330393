package org.jingzhun.planning.assessment;

import java.util.List;
import java.util.Map;
import org.jingzhun.core.household.IncomeSource;
import org.jingzhun.core.household.LinkedIncomeSource;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.exit.CriterionResult;
import org.jingzhun.eligibility.exit.ExitCriterion;

/**
 * 分户绩效评估 — one household's results for a year (绩效分评): its income at the start and at the
 * end by statistical source and by linked source, net, the exit criteria (income over the line,
 * the two no-worries and three guarantees and, where the book's standard asks, the others) met or
 * not, each prescribed measure delivered or not, and its labourers with a practical skill.
 *
 * @param householdId the household's register number
 * @param village the household's village
 * @param year the calendar year assessed
 * @param incomeBefore gross income by statistical source at the start of the year
 * @param incomeAfter gross income by statistical source at the end of the year
 * @param linkedBefore the linked sources' income at the start of the year
 * @param linkedAfter the linked sources' income at the end of the year
 * @param netIncomeBefore net income at the start of the year
 * @param netIncomeAfter net income at the end of the year
 * @param criteria the exit criteria at the end of the year, in the exit test's order
 * @param out whether the household meets every criterion: assessed as out of poverty
 * @param measures the prescription's measures, each delivered or not
 * @param labourers the members who can work, fully or partly
 * @param skilledLabourers of the labourers, those with a practical skill by the end of the year
 */
public record HouseholdAssessment(String householdId, RegionCode village, int year, Map<IncomeSource, Money> incomeBefore,
    Map<IncomeSource, Money> incomeAfter, Map<LinkedIncomeSource, Money> linkedBefore,
    Map<LinkedIncomeSource, Money> linkedAfter, Money netIncomeBefore, Money netIncomeAfter,
    List<CriterionResult> criteria, boolean out, List<MeasureDelivery> measures, int labourers, int skilledLabourers) {

  /**
   * An assessment; the collections are copied.
   *
   * @param householdId the household's register number
   * @param village the household's village
   * @param year the calendar year assessed
   * @param incomeBefore gross income by statistical source at the start of the year
   * @param incomeAfter gross income by statistical source at the end of the year
   * @param linkedBefore the linked sources' income at the start of the year
   * @param linkedAfter the linked sources' income at the end of the year
   * @param netIncomeBefore net income at the start of the year
   * @param netIncomeAfter net income at the end of the year
   * @param criteria the exit criteria at the end of the year
   * @param out whether every criterion is met
   * @param measures the prescription's measures, each delivered or not
   * @param labourers the members who can work
   * @param skilledLabourers the labourers with a practical skill
   * @throws IllegalArgumentException if more labourers are skilled than there are labourers
   */
  public HouseholdAssessment {
    incomeBefore = Map.copyOf(incomeBefore);
    incomeAfter = Map.copyOf(incomeAfter);
    linkedBefore = Map.copyOf(linkedBefore);
    linkedAfter = Map.copyOf(linkedAfter);
    criteria = List.copyOf(criteria);
    measures = List.copyOf(measures);
    if (skilledLabourers < 0 || skilledLabourers > labourers) {
      throw new IllegalArgumentException("skilled labourers must be 0 to " + labourers + " but were " + skilledLabourers);
    }
  }

  /** {@return the change in net income over the year: after − before} */
  public Money netIncomeChange() {
    return netIncomeAfter.minus(netIncomeBefore);
  }

  /**
   * {@return whether every exit criterion other than income (the year's income over the line and
   * its stability) was met: the two no-worries, the three guarantees and any other criterion of
   * the book's standard}
   */
  public boolean guaranteesMet() {
    return criteria.stream()
        .filter(c -> c.criterion() != ExitCriterion.INCOME && c.criterion() != ExitCriterion.INCOME_STABLE)
        .allMatch(CriterionResult::passed);
  }

  /** {@return how many of the prescribed measures were delivered} */
  public long measuresDelivered() {
    return measures.stream().filter(MeasureDelivery::delivered).count();
  }
}

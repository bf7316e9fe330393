package org.jingzhun.benchmarks.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.dibao.DibaoAssessment;
import org.jingzhun.eligibility.identification.GuaranteeDeficit;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.junit.jupiter.api.Test;

/**
 * The benchmark population holds no guarantee deficits (housing, water, schooling, insurance),
 * and the DMN peer does not model them. This shows that, with the shipped parameters, they
 * could not change any answer the population is evaluated for: the library's identification
 * makes a household poor on deficits only when its income is below the deficit income multiple
 * × the line, and that multiple is 1 — the very test that already makes it poor on income.
 */
class GuaranteeDeficitsTest {

  private static final LocalDate CHILD_BORN = LocalDate.of(2005, 6, 1); // 10 on 2015-12-01

  @Test
  void theShippedDeficitIncomeMultipleIsOne() {
    for (var village : ResolvedAreas.shipped().villages()) {
      BigDecimal multiple = PolicyBook.shipped()
          .get(IdentificationRules.DEFICIT_MULTIPLE, village, ResolvedAreas.DATE).decimal();
      assertEquals(0, multiple.compareTo(BigDecimal.ONE), village.toString());
    }
  }

  @Test
  void noCombinationOfDeficitsChangesAnyAnswerForTheGeneratedPopulation() {
    ResolvedAreas areas = ResolvedAreas.shipped();
    ColumnarPopulation population = SyntheticPopulation.generate(1_500, 303, areas);
    int checked = 0;
    for (int i = 0; i < population.size(); i++) {
      int area = population.area(i);
      long income = population.netIncomeFen(i);
      int members = population.members(i);
      Household plain = LibraryHouseholds.of(areas.village(area), income, members);
      Identification expected = areas.identification(area).identify(plain, Trace.off());
      DibaoAssessment expectedDibao = areas.dibao(area).assess(plain, false, Trace.off());
      for (Set<GuaranteeDeficit> deficits : combinations(members)) {
        Household h = withDeficits(areas, area, income, members, deficits);
        Identification id = areas.identification(area).identify(h, Trace.off());
        String where = "household " + i + " with " + deficits;
        assertEquals(deficits, id.deficits(), where); // the deficits were really there
        assertEquals(expected.poor(), id.poor(), where);
        assertEquals(expected.category(), id.category(), where);
        assertEquals(expected.monitoring(), id.monitoring(), where);
        DibaoAssessment dibao = areas.dibao(area).assess(h, false, Trace.off());
        assertEquals(expectedDibao.eligible(), dibao.eligible(), where);
        assertEquals(expectedDibao.monthlyTopUp(), dibao.monthlyTopUp(), where);
        checked++;
      }
    }
    // about 1,500 × (15 × 7/8 + 7 × 1/8) ≈ 21,000 deficit households (one member: no child)
    assertEquals(true, checked > 15_000, "checked " + checked);
  }

  /** Every non-empty set of deficits; a child out of school only where a member can be one. */
  private static List<Set<GuaranteeDeficit>> combinations(int members) {
    GuaranteeDeficit[] all = GuaranteeDeficit.values();
    List<Set<GuaranteeDeficit>> out = new ArrayList<>();
    for (int mask = 1; mask < 1 << all.length; mask++) {
      EnumSet<GuaranteeDeficit> set = EnumSet.noneOf(GuaranteeDeficit.class);
      for (int d = 0; d < all.length; d++) {
        if ((mask & 1 << d) != 0) {
          set.add(all[d]);
        }
      }
      if (members > 1 || !set.contains(GuaranteeDeficit.CHILD_OUT_OF_SCHOOL)) {
        out.add(set);
      }
    }
    return out;
  }

  /**
   * The household with {@code deficits}: a grade C dwelling, no safe water, its last member a
   * ten-year-old not in school, its head uninsured.
   */
  private static Household withDeficits(
      ResolvedAreas areas, int area, long income, int members, Set<GuaranteeDeficit> deficits) {
    List<Person> people = new ArrayList<>();
    for (int m = 1; m <= members; m++) {
      people.add(LibraryHouseholds.adult(m));
    }
    if (deficits.contains(GuaranteeDeficit.UNINSURED)) {
      people.set(0, Person.builder().from(people.get(0)).insured(false).build());
    }
    if (deficits.contains(GuaranteeDeficit.CHILD_OUT_OF_SCHOOL)) {
      people.set(members - 1, Person.builder().id("P" + members).birthDate(CHILD_BORN)
          .relationship(Relationship.CHILD).labourCapacity(LabourCapacity.NONE).insured(true).build());
    }
    return LibraryHouseholds.builder(areas.village(area), income, members)
        .members(people)
        .housing(deficits.contains(GuaranteeDeficit.UNSAFE_HOUSING) ? HousingSafetyGrade.C : HousingSafetyGrade.A)
        .safeDrinkingWater(!deficits.contains(GuaranteeDeficit.UNSAFE_WATER))
        .build();
  }
}

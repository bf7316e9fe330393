package org.jingzhun.planning.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.IncomeSource;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.LinkedIncome;
import org.jingzhun.core.household.LinkedIncomeSource;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SkillTraining;
import org.jingzhun.core.household.TrainingProgramme;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.exit.HouseholdExitCase;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.junit.jupiter.api.Test;

class HouseholdAssessmentTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate END_OF_2019 = LocalDate.of(2019, 12, 31);
  private static final RegionCode VILLAGE = RegionCode.of("511902105210");

  private static Household household(String id, RegionCode village, Income income, Person... members) {
    return Household.builder().id(id).village(village).housing(HousingSafetyGrade.B).safeDrinkingWater(true)
        .income(income).addMembers(members).build();
  }

  private static Person adult(String id, LabourCapacity capacity, Integer trainedIn) {
    Person.Builder p = Person.builder().id(id).birthDate(LocalDate.of(1970, 1, 1)).relationship(Relationship.OTHER)
        .labourCapacity(capacity).insured(true);
    if (trainedIn != null) {
      p.addTrainings(SkillTraining.builder().skill("茶叶种植").year(trainedIn).programme(TrainingProgramme.PRACTICAL_TECHNIQUE).build());
    }
    return p.build();
  }

  private static ExitAssessment exitTest(Household h) {
    return HouseholdExitRules.compute(HouseholdExitCase.builder().household(h).build(), BOOK, END_OF_2019);
  }

  @Test
  void aYearOfAPublicWelfarePostThenDividendsIsAssessedBySourceAndOut() {
    Person head = adult("P1", LabourCapacity.FULL, 2018);
    Person parent = adult("P2", LabourCapacity.NONE, null);
    Household before = household("H1", VILLAGE, Income.builder().wages(Money.ofYuan("3000"))
        .linked(LinkedIncome.builder().publicWelfareJobs(Money.ofYuan("3000")).build()).build(), head, parent);
    Household after = household("H1", VILLAGE, Income.builder().wages(Money.ofYuan("5000")).property(Money.ofYuan("2000"))
        .linked(LinkedIncome.builder().publicWelfareJobs(Money.ofYuan("3000")).dividends(Money.ofYuan("2000")).build()).build(),
        head, parent);
    HouseholdAssessment a = HouseholdAssessments.assess(2019, before, after, exitTest(after),
        List.of("DIBAO_TOP_UP", "MEDICAL_PREMIUM_SUBSIDY"), Set.of("MEDICAL_PREMIUM_SUBSIDY"));
    // net 3,000 → 5,000 + 2,000 = 7,000: a change of 4,000
    assertEquals(Money.ofYuan("4000"), a.netIncomeChange());
    assertEquals(Money.ofYuan("2000"), a.incomeAfter().get(IncomeSource.PROPERTY));
    assertEquals(Money.ofYuan("2000"), a.linkedAfter().get(LinkedIncomeSource.DIVIDENDS));
    assertEquals(Money.ZERO, a.linkedBefore().get(LinkedIncomeSource.DIVIDENDS));
    // 7,000 / 2 = 3,500 > 3,218 (2019's line) with housing B, safe water, insured members: out
    assertTrue(a.out());
    // one of the two prescribed measures was delivered
    assertEquals(1, a.measuresDelivered());
    assertFalse(a.measures().get(0).delivered());
    // P1 can work and was trained in 2018; P2 cannot work
    assertEquals(1, a.labourers());
    assertEquals(1, a.skilledLabourers());
  }

  @Test
  void aHouseholdWithEveryGuaranteeAndIncomeOverTheLineIsAssessedAsOut() {
    // 2019's line in Bazhou is 3,218 a person: income of 3,218 × members + at least one fen is over it
    qt().forAll(integers().between(1, 6), longs().between(1, 10_000_000L)).checkAssert((members, extraFen) -> {
      Person[] people = new Person[members];
      for (int i = 0; i < members; i++) {
        people[i] = adult("P" + i, LabourCapacity.FULL, null);
      }
      Money wages = Money.ofYuan("3218").times(members).plus(Money.ofFen(extraFen));
      Household h = household("H", VILLAGE, Income.builder().wages(wages).build(), people);
      HouseholdAssessment a = HouseholdAssessments.assess(2019, h, h, exitTest(h), List.of(), Set.of());
      assertTrue(a.out(), () -> a.criteria().toString());
    });
  }

  @Test
  void theRollUpsAddUpToTheHouseholds() {
    List<RegionCode> villages = List.of(RegionCode.of("511902105210"), RegionCode.of("511902105211"),
        RegionCode.of("511902106201"));
    qt().forAll(integers().between(0, 40), longs().between(0, Long.MAX_VALUE)).checkAssert((n, seed) -> {
      java.util.Random random = new java.util.Random(seed);
      List<HouseholdAssessment> all = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int labourers = random.nextInt(4);
        List<MeasureDelivery> measures = new ArrayList<>();
        for (int m = random.nextInt(4); m > 0; m--) {
          measures.add(new MeasureDelivery("K" + m, random.nextBoolean()));
        }
        all.add(new HouseholdAssessment("H" + i, villages.get(random.nextInt(3)), 2019, Map.of(), Map.of(), Map.of(), Map.of(),
            Money.ofFen(random.nextInt(1_000_000) - 100_000), Money.ofFen(random.nextInt(1_000_000)), List.of(),
            random.nextBoolean(), measures, labourers, labourers == 0 ? 0 : random.nextInt(labourers + 1)));
      }
      List<AssessmentRollUp> rollUps = HouseholdAssessments.rollUps(all);
      List<AssessmentRollUp> villageRollUps = rollUps.stream().filter(r -> villages.contains(r.area())).toList();
      List<AssessmentRollUp> townshipRollUps = rollUps.stream().filter(r -> !villages.contains(r.area())).toList();
      for (List<AssessmentRollUp> level : List.of(villageRollUps, townshipRollUps)) {
        assertEquals((long) n, level.stream().mapToLong(AssessmentRollUp::households).sum());
        assertEquals(all.stream().filter(HouseholdAssessment::out).count(), level.stream().mapToLong(AssessmentRollUp::out).sum());
        assertEquals(all.stream().mapToLong(HouseholdAssessment::measuresDelivered).sum(),
            level.stream().mapToLong(AssessmentRollUp::measuresDelivered).sum());
        assertEquals(all.stream().mapToLong(HouseholdAssessment::skilledLabourers).sum(),
            level.stream().mapToLong(AssessmentRollUp::skilledLabourers).sum());
        assertEquals(Money.sum(all.stream().map(HouseholdAssessment::netIncomeAfter).toList()),
            Money.sum(level.stream().map(AssessmentRollUp::netIncomeAfter).toList()));
        assertEquals(Money.sum(all.stream().map(HouseholdAssessment::netIncomeBefore).toList()),
            Money.sum(level.stream().map(AssessmentRollUp::netIncomeBefore).toList()));
      }
    });
  }

  @Test
  void sharesAreExactCountsAndRoundOnlyForDisplay() {
    Proportion third = new Proportion(1, 3);
    assertEquals("1/3", third.toString());
    // 100 / 3 = 33.333… → 33.33
    assertEquals(new java.math.BigDecimal("33.33"), third.percent(2));
    assertEquals(new java.math.BigDecimal("0.0"), new Proportion(0, 0).percent(1));
  }
}

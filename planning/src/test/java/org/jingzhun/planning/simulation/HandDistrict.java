package org.jingzhun.planning.simulation;

import java.time.LocalDate;
import java.time.MonthDay;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Township;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.allocation.AllocationMethod;
import org.jingzhun.planning.allocation.Objective;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Guarantee;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;

/**
 * A hand-made district of Bazhou (511902): three villages, 29 households, every adult born
 * 1980-01-01, safe water, insured unless said otherwise. Groups of identical households:
 *
 * <pre>
 * V1 (poor village, population 100, no road, clinic, broadband, collective income 1,000)
 *   A ×4 registered poor GENERAL, 2 members, wages 7,000
 *   B ×3 registered poor GENERAL, 2 members, wages 9,000, D-grade dwelling
 *   C ×2 registered poor GENERAL, 2 members, wages 10,000, the second member uninsured
 *   D ×5 not registered, 2 members, wages 20,000
 * V2 (poor village, population 100, every facility, collective income 1,000)
 *   E ×3 registered poor GENERAL, 2 members, wages 6,600
 *   F ×2 not registered, 2 members, wages 6,000
 *   G ×1 registered EXTREME_POVERTY_SUPPORT, 1 member born 1940 without labour, no income
 *   H ×4 not registered, 2 members, wages 30,000
 * V3 (not a poor village, population 50)
 *   I ×2 registered poor GENERAL, 2 members, wages 9,000
 *   J ×3 not registered, 2 members, wages 25,000
 * </pre>
 *
 * Registered households were registered in 2014 for lack of capital (G for lack of labour). The
 * plan, 2019–2020, has one project: a road and clinic for V1 (ROAD and HEALTH guarantees) of
 * 120,000 in 2019, and one pooled source of 150,000 in 2019.
 */
final class HandDistrict {
  static final RegionCode COUNTY = RegionCode.of("511902");
  static final RegionCode TOWNSHIP = RegionCode.of("511902100");
  static final RegionCode V1 = RegionCode.of("511902100001");
  static final RegionCode V2 = RegionCode.of("511902100002");
  static final RegionCode V3 = RegionCode.of("511902100003");
  static final LocalDate ADULT = LocalDate.of(1980, 1, 1);

  private HandDistrict() {}

  static County county() {
    return County.builder().code(COUNTY).name("巴州区（测试）").addTownships(Township.builder().code(TOWNSHIP).name("测试镇")
        .addVillages(
            Village.builder().code(V1).name("一村").registeredPopulation(100).poorVillage(true).electricity(true)
                .clinic(true).broadband(true).collectiveIncome(Money.ofYuan(1000)).build(),
            Village.builder().code(V2).name("二村").registeredPopulation(100).poorVillage(true).hardenedRoad(true)
                .electricity(true).safeWater(true).clinic(true).broadband(true).collectiveIncome(Money.ofYuan(1000)).build(),
            Village.builder().code(V3).name("三村").registeredPopulation(50).build())
        .build()).build();
  }

  static Population population() {
    Population p = Population.create();
    group(p, "A", 4, V1, 7000, true, HousingSafetyGrade.A, true);
    group(p, "B", 3, V1, 9000, true, HousingSafetyGrade.D, true);
    group(p, "C", 2, V1, 10000, true, HousingSafetyGrade.A, false);
    group(p, "D", 5, V1, 20000, false, HousingSafetyGrade.A, true);
    group(p, "E", 3, V2, 6600, true, HousingSafetyGrade.A, true);
    group(p, "F", 2, V2, 6000, false, HousingSafetyGrade.A, true);
    p.append(Household.builder().id("G1").village(V2)
        .addMembers(Person.builder().id("1").birthDate(LocalDate.of(1940, 1, 1)).relationship(Relationship.HEAD)
            .labourCapacity(LabourCapacity.NONE).insured(true).build())
        .income(Income.none()).housing(HousingSafetyGrade.A).safeDrinkingWater(true).addCauses(PovertyCause.LACK_OF_LABOUR)
        .registration(registered(PovertyCategory.EXTREME_POVERTY_SUPPORT)).build());
    group(p, "H", 4, V2, 30000, false, HousingSafetyGrade.A, true);
    group(p, "I", 2, V3, 9000, true, HousingSafetyGrade.A, true);
    group(p, "J", 3, V3, 25000, false, HousingSafetyGrade.A, true);
    return p;
  }

  private static void group(Population p, String name, int count, RegionCode village, long wages, boolean registered,
      HousingSafetyGrade housing, boolean secondInsured) {
    for (int i = 1; i <= count; i++) {
      Household.Builder h = Household.builder().id(name + i).village(village)
          .addMembers(adult("1", Relationship.HEAD, true), adult("2", Relationship.SPOUSE, secondInsured))
          .income(Income.builder().wages(Money.ofYuan(wages)).build()).housing(housing).safeDrinkingWater(true);
      if (registered) {
        h.addCauses(PovertyCause.LACK_OF_CAPITAL).registration(registered(PovertyCategory.GENERAL));
      }
      p.append(h.build());
    }
  }

  private static Person adult(String id, Relationship relationship, boolean insured) {
    return Person.builder().id(id).birthDate(ADULT).relationship(relationship).labourCapacity(LabourCapacity.FULL)
        .insured(insured).build();
  }

  private static RegistrationRecord registered(PovertyCategory category) {
    return RegistrationRecord.builder().category(category).status(RegistrationStatus.POOR).year(2014).build();
  }

  static Plan plan() {
    return Plan.builder().id("hand").name("手算规划").firstYear(2019).lastYear(2020)
        .library(ProjectLibrary.builder().addVillages(county().villages().toArray(Village[]::new))
            .addProjects(Project.builder().id("P1").name("一村通路及卫生室").type(ProjectType.ROAD)
                .putCostByYear(2019, Money.ofYuan(120_000)).addSites(ProjectSite.wholeVillage(V1))
                .effects(ProjectEffects.builder().addGuarantees(Guarantee.ROAD, Guarantee.HEALTH).basis("test").build())
                .build())
            .build())
        .addSources(FundingSource.builder().id("S1").name("统筹整合资金").pooled(true)
            .putAmountByYear(2019, Money.ofYuan(150_000)).build())
        .build();
  }

  /** No growth, no shocks; greedy allocation serving the most poor persons; a clean assessment. */
  static Assumptions.Builder assumptions() {
    return Assumptions.builder().incomeGrowth(java.math.BigDecimal.ZERO)
        .illnessShockRate(Share.ZERO).illnessBillMin(Money.ZERO).illnessBillMax(Money.ZERO)
        .illnessCoveredShare(Share.ONE).disasterShockRate(Share.ZERO).disasterLossShare(Share.ZERO)
        .evaluationDay(MonthDay.of(12, 31)).allocationMethod(AllocationMethod.GREEDY)
        .objective(Objective.POOR_PERSONS_SERVED)
        .missedIdentificationRate(Share.parse("0.01")).wrongExitRate(Share.parse("0.01"))
        .publicApproval(Share.parse("0.95"));
  }

  static Scenario.Builder scenario() {
    return Scenario.builder().name("hand-made district").county(county()).population(population())
        .book(TestBooks.withGapsFilled()).plan(plan()).assumptions(assumptions().build()).seed(42);
  }
}

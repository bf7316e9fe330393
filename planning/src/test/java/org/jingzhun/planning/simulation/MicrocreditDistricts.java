package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Optional;
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
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.MicrocreditAssumptions;
import org.jingzhun.planning.scenario.Scenario;

/**
 * Scenarios with microcredit for tests. The one-household district: village 三村 of
 * {@link HandDistrict} alone, one registered poor household (2014, lack of capital) of two adults
 * able to work, wages 7,000, safe water, insured, a safe dwelling; a plan of 2016–2019 with no
 * projects; no growth and no shocks.
 */
final class MicrocreditDistricts {
  private MicrocreditDistricts() {}

  /** 50,000 for three years from 1 January, interest quarterly and principal at maturity, return 10 %; every eligible household borrows. */
  static MicrocreditAssumptions.Builder loan() {
    return MicrocreditAssumptions.builder().takeUpShare(Share.ONE).principal(Money.ofYuan(50_000)).termYears(3)
        .disbursementDay(MonthDay.of(1, 1)).repayment(RepaymentMethod.INTEREST_THEN_PRINCIPAL)
        .frequency(Frequency.QUARTERLY).businessReturn(new BigDecimal("0.1"));
  }

  static Scenario oneHousehold(Optional<MicrocreditAssumptions> microcredit) {
    County county = County.builder().code(HandDistrict.COUNTY).name("巴州区（测试）").addTownships(Township.builder()
        .code(HandDistrict.TOWNSHIP).name("测试镇")
        .addVillages(Village.builder().code(HandDistrict.V3).name("三村").registeredPopulation(50).build()).build()).build();
    Population population = Population.create();
    population.append(Household.builder().id("A1").village(HandDistrict.V3)
        .addMembers(adult("1", Relationship.HEAD), adult("2", Relationship.SPOUSE))
        .income(Income.builder().wages(Money.ofYuan(7000)).build()).housing(HousingSafetyGrade.A).safeDrinkingWater(true)
        .addCauses(PovertyCause.LACK_OF_CAPITAL)
        .registration(RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(RegistrationStatus.POOR).year(2014).build())
        .build());
    Plan plan = Plan.builder().id("loans").name("小额信贷").firstYear(2016).lastYear(2019)
        .library(ProjectLibrary.builder().addVillages(county.villages().toArray(Village[]::new)).build()).build();
    Assumptions assumptions = HandDistrict.assumptions().microcredit(microcredit).build();
    return Scenario.builder().name("one household").county(county).population(population).book(TestBooks.withGapsFilled())
        .plan(plan).assumptions(assumptions).seed(1).build();
  }

  /** The generated district of {@link GeneratedDistricts} with {@code microcredit}. */
  static Scenario generated(int villages, int households, long seed, MicrocreditAssumptions microcredit) {
    Scenario s = GeneratedDistricts.scenario(villages, households, seed).build();
    return Scenario.builder().from(s).assumptions(Assumptions.builder().from(s.assumptions()).microcredit(microcredit).build())
        .build();
  }

  private static Person adult(String id, Relationship relationship) {
    return Person.builder().id(id).birthDate(HandDistrict.ADULT).relationship(relationship)
        .labourCapacity(LabourCapacity.FULL).insured(true).build();
  }
}

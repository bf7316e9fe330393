package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.place.Village;
import org.jingzhun.eligibility.medical.Payer;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.population.Population;
import org.junit.jupiter.api.Test;

/**
 * A planted shock: in 2019 every household (rate 1) has an inpatient bill of exactly 10,000 (min
 * = max), all within the catalogue, treated in the county. Two households of two in village V2:
 * R, registered poor, wages 6,600; N, not registered, wages 7,500.
 *
 * <p>Bazhong's cascade for R (registered): basic insurance (10,000 − 200) × 0.85 = 8,330;
 * critical illness: its halved deductible 9,000 exceeds the 1,670 left: 0; medical assistance
 * 1,670 × 0.7 = 1,169; health-poverty fund 0.9 × (10,000 − 9,499 = 501) = 450.90; the 10 % cap
 * (1,000) is not reached: R pays 50.10. Its year's income 6,600 − 50.10 = 6,549.90; dibao (the
 * gap rounded once, half-up): 700 − 6,549.90 ÷ 12 = 700 − 545.825 = 154.175 → 154.18 a month =
 * 1,850.16; after transfers 8,400.06 &gt; 6,436: exit.
 *
 * <p>For N (not registered): basic 8,330; critical illness: deductible 18,000: 0; the poor-only
 * layers do not apply: N pays 1,670, leaving 7,500 − 1,670 = 5,830 &lt; 6,200 (2 × 3,100): new
 * poor. Medical spending counts registered households only: 9,949.90.
 */
class PlantedShockTest {
  private static Household household(String id, long wages, boolean registered) {
    Household.Builder h = Household.builder().id(id).village(HandDistrict.V2)
        .addMembers(adult("1", Relationship.HEAD), adult("2", Relationship.SPOUSE))
        .income(Income.builder().wages(Money.ofYuan(wages)).build()).housing(HousingSafetyGrade.A).safeDrinkingWater(true);
    if (registered) {
      h.registration(RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(RegistrationStatus.POOR).year(2014).build());
    }
    return h.build();
  }

  private static Person adult(String id, Relationship r) {
    return Person.builder().id(id).birthDate(LocalDate.of(1980, 1, 1)).relationship(r).labourCapacity(LabourCapacity.FULL)
        .insured(true).build();
  }

  private final YearResult year = run();

  private static YearResult run() {
    Population p = Population.create();
    p.append(household("R", 6600, true));
    p.append(household("N", 7500, false));
    Plan plan = Plan.builder().id("shock").name("冲击").firstYear(2019).lastYear(2019)
        .library(ProjectLibrary.builder().addVillages(HandDistrict.county().villages().toArray(Village[]::new)).build()).build();
    return CampaignSimulation.run(HandDistrict.scenario().population(p).plan(plan)
        .assumptions(HandDistrict.assumptions().illnessShockRate(Share.ONE)
            .illnessBillMin(Money.ofYuan(10_000)).illnessBillMax(Money.ofYuan(10_000)).build())
        .build()).years().get(0);
  }

  @Test
  void everyHouseholdHasTheIllnessShock() {
    assertEquals(2, year.illnessShocks());
  }

  @Test
  void theRegisteredPatientsPayersPayAllButFiftyYuanTen() {
    assertEquals(Money.ofYuan("9949.90"), year.spendingByProgramme().get(Programme.MEDICAL));
    assertEquals(Money.ofYuan(8330), year.medicalByPayer().get(Payer.BASIC_MEDICAL_INSURANCE));
    assertEquals(Money.ZERO, year.medicalByPayer().get(Payer.CRITICAL_ILLNESS_INSURANCE));
    assertEquals(Money.ofYuan(1169), year.medicalByPayer().get(Payer.MEDICAL_ASSISTANCE));
    assertEquals(Money.ofYuan("450.90"), year.medicalByPayer().get(Payer.HEALTH_POVERTY_FUND));
  }

  @Test
  void theRegisteredHouseholdGetsDibaoOnItsIncomeAfterTheBillAndExits() {
    assertEquals(Money.ofYuan("1850.16"), year.spendingByProgramme().get(Programme.DIBAO));
    assertEquals(1, year.exitedHouseholds());
  }

  @Test
  void theBillPushesTheUnregisteredHouseholdIntoPoverty() {
    assertEquals(1, year.newPoorHouseholds());
    assertEquals(2, year.poorPersons());
  }
}

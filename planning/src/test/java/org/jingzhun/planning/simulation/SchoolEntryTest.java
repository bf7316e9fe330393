package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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
import org.jingzhun.planning.population.Population;
import org.junit.jupiter.api.Test;

/**
 * Children who reach compulsory school age during a run are enrolled (义务教育, 控辍保学), so a
 * poor household is not held back by a deficit the model itself would create by ageing its
 * members while freezing their schooling.
 *
 * <p>Diagnosis of the demonstration's stall (seed 2016, 180,000 households): of the 23,182
 * registered poor households of 2014, those with a member of compulsory school age (6–15) not in
 * school grew from 803 at the end of 2015 to 6,169 at the end of 2020, as under-sixes not in
 * preschool turned six; the household exit test fails every such household on compulsory
 * education for ever, and the identification test finds such non-poor households poor. Before
 * this fix the simulation enrolled a child only where a project with the SCHOOLING guarantee
 * served the household, and the demonstration plan has none.
 *
 * <p>Working: the hand-made district of {@link HandDistrict} with one more registered poor
 * household K in V3: two adults and a child born 2013-03-01 not in school, wages 13,000. On
 * 2019-12-31 the child is 6, of school age (6 until 16). 13,000 ÷ 3 = 4,333.33 &gt; the line
 * 3,218; 13,000 ≥ 350 × 12 × 3 = 12,600, so no dibao. With the child enrolled K passes every
 * criterion and exits in 2019, with the two I households of V3: V3 has no poor left (without the
 * enrolment K stays poor: 3 persons).
 */
class SchoolEntryTest {
  private static final LocalDate CHILD_BORN = LocalDate.of(2013, 3, 1);

  private static Population withHouseholdK() {
    Population p = HandDistrict.population();
    p.append(Household.builder().id("K1").village(HandDistrict.V3)
        .addMembers(adult("1", Relationship.HEAD), adult("2", Relationship.SPOUSE),
            Person.builder().id("3").birthDate(CHILD_BORN).relationship(Relationship.CHILD)
                .labourCapacity(LabourCapacity.NONE).insured(true).build())
        .income(Income.builder().wages(Money.ofYuan(13_000)).build()).housing(HousingSafetyGrade.A).safeDrinkingWater(true)
        .addCauses(PovertyCause.LACK_OF_CAPITAL)
        .registration(RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(RegistrationStatus.POOR).year(2014).build())
        .build());
    return p;
  }

  private static Person adult(String id, Relationship relationship) {
    return Person.builder().id(id).birthDate(HandDistrict.ADULT).relationship(relationship)
        .labourCapacity(LabourCapacity.FULL).insured(true).build();
  }

  @Test
  void aPoorHouseholdWhoseChildTurnsSixExitsWithTheChildEnrolled() {
    CampaignResult result = CampaignSimulation.run(HandDistrict.scenario().population(withHouseholdK()).build());
    VillageYear v3 = result.year(2019).orElseThrow().villages().stream()
        .filter(v -> v.village().equals(HandDistrict.V3)).findFirst().orElseThrow();
    // I1, I2 and K1 exit in 2019: no poor persons left in V3
    assertEquals(0, v3.poorPersons());
  }
}

package org.jingzhun.examples.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.target.TargetMeasure;
import org.junit.jupiter.api.Test;

class DistrictGeneratorTest {
  private static final DistrictGenerator GENERATOR = DistrictGenerator.shipped();
  private static final DemonstrationDistrict SMALL = GENERATOR.generate(7L, 6000);

  /** Every column of every household and member, for comparing two populations. */
  private static List<Object> columns(Population p) {
    List<Object> out = new ArrayList<>();
    for (int h = 0; h < p.size(); h++) {
      out.add(p.toHousehold(h));
    }
    return out;
  }

  @Test
  void theSameSeedAndSizeGiveTheSameDistrict() {
    DemonstrationDistrict again = GENERATOR.generate(7L, 6000);
    assertEquals(SMALL.county(), again.county());
    assertEquals(SMALL.plan(), again.plan());
    assertEquals(SMALL.targets(), again.targets());
    assertEquals(columns(SMALL.population()), columns(again.population()));
  }

  @Test
  void anotherSeedGivesAnotherDistrict() {
    assertNotEquals(columns(SMALL.population()), columns(GENERATOR.generate(8L, 6000).population()));
  }

  @Test
  void theDistrictHasBazhousShape() {
    // 24 townships of 12–20 villages: 288–480 villages; about 40 % of them poor
    assertEquals(24, SMALL.county().townships().size());
    int villages = SMALL.county().villages().size();
    assertTrue(villages >= 288 && villages <= 480, "villages " + villages);
    assertTrue(SMALL.poorVillages() > villages / 4 && SMALL.poorVillages() < villages * 3 / 5, "poor villages " + SMALL.poorVillages());
    // registered poor incidence near 12 % in 2014 (22 % of households in poor villages, 6 % elsewhere)
    assertTrue(SMALL.incidencePerMille() >= 80 && SMALL.incidencePerMille() <= 160, "incidence ‰ " + SMALL.incidencePerMille());
  }

  @Test
  void everyCodeLiesUnderBazhouAndEveryNameSaysSynthetic() {
    RegionCode bazhou = RegionCode.of("511902");
    assertEquals(bazhou, SMALL.county().code());
    assertTrue(SMALL.county().name().contains("合成"));
    for (Village v : SMALL.county().villages()) {
      assertTrue(v.code().isWithin(bazhou), v.code().toString());
      assertTrue(v.name().contains("合成"), v.name());
    }
    assertTrue(SMALL.plan().name().contains("合成"));
    assertTrue(DemonstrationDistrict.SYNTHETIC.contains("SYNTHETIC"));
  }

  @Test
  void villagePopulationsAddUpToTheMembersGenerated() {
    long total = SMALL.county().villages().stream().mapToLong(Village::registeredPopulation).sum();
    assertEquals(SMALL.population().memberTotal(), total);
  }

  @Test
  void everyGeneratedHouseholdIsAValidRecord() {
    // toHousehold builds each record through the validating builder
    Population p = SMALL.population();
    for (int h = 0; h < p.size(); h++) {
      Household household = p.toHousehold(h);
      household.checkOn(LocalDate.of(2014, 12, 31));
    }
  }

  @Test
  void everyRegisteredPoorHouseholdIsIdentifiedPoorAtTheEndOf2014() {
    // poor incomes are drawn below 2,736 a person, the 2013 line that identifies in 2014
    PolicyBook book = PolicyBook.shipped();
    Population p = SMALL.population();
    LocalDate yearEnd = LocalDate.of(2014, 12, 31);
    IdentificationRules rules = IdentificationRules.resolve(book, p.village(0), yearEnd);
    for (int h = 0; h < p.size(); h++) {
      if (p.registeredPoor(h)) {
        assertTrue(rules.identify(p.toHousehold(h), org.jingzhun.core.explain.Trace.off()).poor(), p.householdId(h));
      }
    }
  }

  @Test
  void targetsFollowTheArticlesPaceUntilTheStockRunsOut() {
    long villagesTargeted = SMALL.targets().years().stream().mapToLong(y -> y.levels().get(TargetMeasure.VILLAGES_DELISTED)).sum();
    long personsTargeted = SMALL.targets().years().stream().mapToLong(y -> y.levels().get(TargetMeasure.PERSONS_LIFTED_OUT)).sum();
    // 42 villages a year; 17,850 persons a year scaled to 6,000 of 180,000 households: 595
    assertEquals(42L, SMALL.targets().years().get(0).levels().get(TargetMeasure.VILLAGES_DELISTED));
    assertEquals(595L, SMALL.targets().years().get(0).levels().get(TargetMeasure.PERSONS_LIFTED_OUT));
    assertEquals(SMALL.poorVillages(), villagesTargeted);
    assertTrue(personsTargeted <= SMALL.registeredPoorPersons());
  }

  @Test
  void everyProjectServesAPoorVillageAndEverySourceFundsEachYear() {
    assertTrue(SMALL.plan().library().projects().stream()
        .allMatch(pr -> pr.sites().stream().allMatch(s -> SMALL.county().villages().stream()
            .anyMatch(v -> v.code().equals(s.village()) && v.poorVillage()))));
    for (int year = 2015; year <= 2020; year++) {
      assertTrue(SMALL.plan().budgetIn(year).isPositive());
    }
  }
}

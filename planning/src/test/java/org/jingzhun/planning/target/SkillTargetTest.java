package org.jingzhun.planning.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SkillTraining;
import org.jingzhun.core.household.TrainingProgramme;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.junit.jupiter.api.Test;

class SkillTargetTest {

  private static Person member(String id, LabourCapacity capacity, Integer trainedIn) {
    Person.Builder p = Person.builder().id(id).birthDate(LocalDate.of(1975, 1, 1)).relationship(Relationship.OTHER)
        .labourCapacity(capacity);
    if (trainedIn != null) {
      p.addTrainings(SkillTraining.builder().skill("茶叶种植").year(trainedIn).programme(TrainingProgramme.PRACTICAL_TECHNIQUE).build());
    }
    return p.build();
  }

  private static Household household(String id, boolean registered, Person... members) {
    Household.Builder h = Household.builder().id(id).village(RegionCode.of("511902105210"))
        .housing(HousingSafetyGrade.B).safeDrinkingWater(true).income(Income.none()).addMembers(members);
    if (registered) {
      h.registration(RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(RegistrationStatus.POOR).year(2015).build());
    }
    return h.build();
  }

  private static final List<Household> DISTRICT = List.of(
      household("H1", true, member("P1", LabourCapacity.FULL, 2016), member("P2", LabourCapacity.PARTIAL, 2018),
          member("P3", LabourCapacity.NONE, 2016)),
      household("H2", true, member("P1", LabourCapacity.FULL, null)),
      household("H3", false, member("P1", LabourCapacity.FULL, 2016)));

  @Test
  void labourersOfRegisteredHouseholdsAreCountedAndSkilledFromTheirTrainingYear() {
    // registered labourers: H1's P1 (full) and P2 (partial), H2's P1 = 3; P3 cannot work, H3 is not registered
    assertEquals(3, SkillTarget.poorLabourers(DISTRICT));
    // by 2017 only H1's P1 (trained 2016); by 2018 also P2 (trained 2018)
    assertEquals(1, SkillTarget.skilledLabourers(DISTRICT, 2017));
    assertEquals(2, SkillTarget.skilledLabourers(DISTRICT, 2018));
  }

  @Test
  void theShippedAimIsEveryLabourerInEachOfBazhongsAreas() {
    PolicyBook book = PolicyBook.shipped();
    for (String area : List.of("511902", "511903", "511921", "511922", "511923")) {
      for (int year = 2014; year <= 2025; year++) {
        // share 1 × 3 labourers = 3
        assertEquals(3, SkillTarget.level(book, RegionCode.of(area), LocalDate.of(year, 6, 1), 3), area + " " + year);
      }
    }
  }

  @Test
  void theLevelIsTheShareRoundedUpToAWholePerson() {
    // 0.9 × 25 = 22.5 → 23; 0.9 × 20 = 18 exactly
    assertEquals(23, SkillTarget.level(Share.of(new BigDecimal("0.9")), 25));
    assertEquals(18, SkillTarget.level(Share.of(new BigDecimal("0.9")), 20));
  }

  @Test
  void theLevelIsTheSmallestWholeCountAtOrAboveTheShare() {
    qt().forAll(integers().between(0, 1000), longs().between(0, 10_000_000L)).checkAssert((perMille, labourers) -> {
      BigDecimal share = BigDecimal.valueOf(perMille, 3);
      long level = SkillTarget.level(Share.of(share), labourers);
      BigDecimal exact = share.multiply(BigDecimal.valueOf(labourers));
      assertTrue(BigDecimal.valueOf(level).compareTo(exact) >= 0);
      assertTrue(BigDecimal.valueOf(level - 1).compareTo(exact) < 0);
      assertTrue(level <= labourers);
    });
  }

  @Test
  void aTargetOfSkilledLabourersIsComparedLikeAnyOtherFloor() {
    Targets targets = Targets.builder().firstYear(2018).lastYear(2018)
        .addYears(YearTarget.builder().year(2018).putLevels(TargetMeasure.SKILLED_LABOURERS, 3L).build()).build();
    YearFigures figures = YearFigures.builder().year(2018)
        .putFigures(TargetMeasure.SKILLED_LABOURERS, SkillTarget.skilledLabourers(DISTRICT, 2018)).build();
    // 3 targeted, 2 skilled: short by 1
    assertEquals(1, TargetComparison.compute(targets, List.of(figures)).shortfalls().get(0).shortfall());
  }
}

package org.jingzhun.eligibility.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** Which {@link HouseholdAttribute}s a household has, and their labels. */
class HouseholdAttributeTest {

  private static Set<HouseholdAttribute> of(Household h) {
    return Stream.of(HouseholdAttribute.values()).filter(a -> a.of(h)).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(HouseholdAttribute.class)));
  }

  @Test
  void aWorkingAdultInASafeHouseHasOnlyFullLabourCapacity() {
    assertEquals(EnumSet.of(HouseholdAttribute.FULL_LABOUR_CAPACITY), of(Fixtures.household("1000", 1).build()));
  }

  @Test
  void aDangerousHouseIsAnAttributeOfTheHouseholdWhateverItsMembers() {
    assertEquals(EnumSet.of(HouseholdAttribute.FULL_LABOUR_CAPACITY, HouseholdAttribute.DANGEROUS_HOUSING),
        of(Fixtures.household("1000", 1).housing(HousingSafetyGrade.D).build()));
    assertFalse(HouseholdAttribute.DANGEROUS_HOUSING.of(Fixtures.household("1000", 1).housing(HousingSafetyGrade.C).build()));
  }

  @Test
  void noLabourCapacityNeedsEveryMemberWithoutIt() {
    Household one = Fixtures.household("1000", 0)
        .addMembers(Fixtures.adult("P1").labourCapacity(LabourCapacity.NONE).build())
        .addMembers(Fixtures.adult("P2").labourCapacity(LabourCapacity.FULL).build()).build();
    assertFalse(HouseholdAttribute.NO_LABOUR_CAPACITY.of(one));
    Household none = Fixtures.household("1000", 0)
        .addMembers(Fixtures.adult("P1").labourCapacity(LabourCapacity.NONE).build())
        .addMembers(Fixtures.adult("P2").labourCapacity(LabourCapacity.NONE).build()).build();
    assertTrue(HouseholdAttribute.NO_LABOUR_CAPACITY.of(none));
  }

  @Test
  void oneMemberIsEnoughForTheOtherAttributes() {
    Household h = Fixtures.household("1000", 1)
        .addMembers(Fixtures.adult("P2").labourCapacity(LabourCapacity.PARTIAL).disabilityGrade(2)
            .health(HealthCondition.SERIOUS_ILLNESS).build())
        .addMembers(Fixtures.child("C1", java.time.LocalDate.of(2010, 1, 1)).schoolStage(SchoolStage.PRIMARY).build())
        .build();
    assertEquals(EnumSet.of(HouseholdAttribute.FULL_LABOUR_CAPACITY, HouseholdAttribute.SEVERE_DISABILITY,
        HouseholdAttribute.SERIOUS_ILLNESS, HouseholdAttribute.MEMBER_IN_SCHOOL), of(h));
  }

  @Test
  void attributesAreLabelledInBothLanguages() {
    assertEquals("住房整体危险（D级）", HouseholdAttribute.DANGEROUS_HOUSING.chinese());
    assertEquals("dwelling dangerous as a whole (grade D)", HouseholdAttribute.DANGEROUS_HOUSING.english());
  }
}

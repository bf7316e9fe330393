package org.jingzhun.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class HouseholdJsonTest {

  static Household sample() {
    return Household.builder()
        .id("H1")
        .village(RegionCode.of("511902101201"))
        .addMembers(Person.builder().id("P1").birthDate(LocalDate.of(1970, 5, 1))
            .relationship(Relationship.HEAD).labourCapacity(LabourCapacity.FULL).disabilityGrade(2).build())
        .income(Income.builder().wages(Money.ofYuan("3000")).productionCosts(Money.ofYuan("500.50")).build())
        .housing(HousingSafetyGrade.C)
        .safeDrinkingWater(true)
        .build();
  }

  @Test
  void householdRoundTrips() {
    Household h = sample();
    String json = JingzhunJson.write(h);
    assertEquals(h, JingzhunJson.read(json, Household.class));
  }

  @Test
  void memberErrorsCarryTheirPath() {
    String json = JingzhunJson.write(sample()).replace("\"disabilityGrade\" : 2", "\"disabilityGrade\" : 7");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Household.class));
    assertEquals("members[0].disabilityGrade", e.violations().get(0).path());
  }

  @Test
  void unknownFieldIsNamed() {
    String json = JingzhunJson.write(sample()).replace("\"housing\"", "\"colour\" : 1, \"housing\"");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Household.class));
    assertEquals("colour", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("unknown field"));
  }

  @Test
  void missingFieldsAreListed() {
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read("{\"id\":\"x\"}", Household.class));
    assertEquals(java.util.List.of("village", "members", "income", "housing"),
        e.violations().stream().map(v -> v.path()).toList());
  }
}

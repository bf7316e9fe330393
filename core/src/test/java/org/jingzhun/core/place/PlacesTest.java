package org.jingzhun.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** {@link County}, {@link Township} and {@link Area}: what they contain and what they refuse. */
class PlacesTest {
  private static final RegionCode BAZHOU = RegionCode.of("511902");
  private static final RegionCode TOWN = RegionCode.of("511902101");

  private static Village village(String code) {
    return Village.builder().code(RegionCode.of(code)).name("村").registeredPopulation(100).build();
  }

  private static Township township() {
    return Township.builder().code(TOWN).name("镇").addVillages(village("511902101201"), village("511902101202")).build();
  }

  @Test
  void aCountyListsTheVillagesOfAllItsTownships() {
    County c = County.builder().code(BAZHOU).name("巴州区").addTownships(township()).build();
    assertEquals(List.of(RegionCode.of("511902101201"), RegionCode.of("511902101202")),
        c.villages().stream().map(Village::code).toList());
  }

  @Test
  void aCountyRefusesAnotherLevelsCodeAndAnotherCountysTownship() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> County.builder().code(TOWN).name("x").addTownships(township()).build());
    assertEquals(List.of(
            new Violation("code", "511902101", "must be a six-digit county code"),
            new Violation("townships[0].code", "511902101", "is not a township of 511902101")),
        e.violations());
    ValidationException other = assertThrows(ValidationException.class,
        () -> County.builder().code(RegionCode.of("511921")).name("x").addTownships(township()).build());
    assertEquals(List.of(new Violation("townships[0].code", "511902101", "is not a township of 511921")),
        other.violations());
  }

  @Test
  void aTownshipRefusesAnotherLevelsCodeAndAnotherTownshipsVillage() {
    ValidationException e = assertThrows(ValidationException.class, () -> Township.builder()
        .code(RegionCode.of("511902102")).name("x").addVillages(village("511902101201")).build());
    assertEquals(List.of(new Violation("villages[0].code", "511902101201", "is not a village of 511902102")),
        e.violations());
    ValidationException level = assertThrows(ValidationException.class,
        () -> Township.builder().code(BAZHOU).name("x").build());
    assertEquals(List.of(new Violation("code", "511902", "must be a nine-digit township code")), level.violations());
  }

  @Test
  void anAreaContainsTheVillagesOfItsTownships() {
    Area a = Area.builder().id("A").name("片区").addTownships(TOWN).build();
    assertTrue(a.contains(RegionCode.of("511902101201")));
    assertFalse(a.contains(RegionCode.of("511902102201")));
  }

  @Test
  void anAreaNeedsTownshipCodes() {
    ValidationException empty = assertThrows(ValidationException.class, () -> Area.builder().id("A").name("x").build());
    assertEquals(List.of(new Violation("townships", "[]", "an area needs at least one township")), empty.violations());
    ValidationException county = assertThrows(ValidationException.class,
        () -> Area.builder().id("A").name("x").addTownships(BAZHOU).build());
    assertEquals(List.of(new Violation("townships", "511902", "must be a nine-digit township code")), county.violations());
  }
}

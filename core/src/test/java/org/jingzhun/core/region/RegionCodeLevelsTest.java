package org.jingzhun.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The level, parent and containment of {@link RegionCode}s, and the part a malformed code leaves empty. */
class RegionCodeLevelsTest {

  @Test
  void eachLengthAndPaddingGivesItsLevel() {
    assertEquals(RegionLevel.NATION, RegionCode.NATION.level());
    assertEquals(RegionLevel.PROVINCE, RegionCode.of("510000").level());
    assertEquals(RegionLevel.CITY, RegionCode.of("511900").level());
    assertEquals(RegionLevel.COUNTY, RegionCode.of("511902").level());
    assertEquals(RegionLevel.TOWNSHIP, RegionCode.of("511902101").level());
    assertEquals(RegionLevel.VILLAGE, RegionCode.of("511902101201").level());
  }

  @Test
  void theNationIsItsOwnParentAndAProvincesParentIsTheNation() {
    assertSame(RegionCode.NATION, RegionCode.NATION.parent());
    assertEquals(RegionCode.NATION, RegionCode.of("510000").parent());
    assertEquals(RegionCode.of("510000"), RegionCode.of("511900").parent());
  }

  @Test
  void aRegionIsWithinItselfAndItsAncestorsOnly() {
    RegionCode village = RegionCode.of("511902101201");
    assertTrue(village.isWithin(village));
    assertTrue(village.isWithin(RegionCode.NATION));
    assertFalse(village.isWithin(RegionCode.of("511921")));
    assertFalse(RegionCode.of("511900").isWithin(village));
  }

  @Test
  void aLowerPartUnderAnEmptyPartNamesTheEmptyPart() {
    // 510002: city part 00, county part 02; 511902000201: township part 000, village part 201.
    assertEquals(List.of(new Violation("", "510002", "is not a region code: a lower level is set under an empty city part")),
        assertThrows(ValidationException.class, () -> RegionCode.of("510002")).violations());
    assertEquals(
        List.of(new Violation("", "511902000201", "is not a region code: a lower level is set under an empty township part")),
        assertThrows(ValidationException.class, () -> RegionCode.of("511902000201")).violations());
  }
}

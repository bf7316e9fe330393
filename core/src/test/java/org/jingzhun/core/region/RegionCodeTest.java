package org.jingzhun.core.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @Test
  void aVillageKnowsItsChainUpToTheNation() {
    RegionCode village = RegionCode.of("511902101201");
    assertEquals(RegionLevel.VILLAGE, village.level());
    assertEquals(
        List.of("511902101201", "511902101", "511902", "511900", "510000", "000000"),
        village.chain().stream().map(RegionCode::toString).toList());
    assertTrue(village.isWithin(RegionCode.of("511900")));
    assertEquals(RegionCode.of("511902"), village.at(RegionLevel.COUNTY));
  }

  @Test
  void theShippedDirectoryNamesBazhouAndSichuan() {
    assertEquals("巴州区", RegionDirectory.shipped().chineseName(RegionCode.of("511902")));
    assertEquals("Sichuan", RegionDirectory.shipped().englishName(RegionCode.of("510000")));
    assertEquals("511902101", RegionDirectory.shipped().chineseName(RegionCode.of("511902101")));
  }

  @Test
  void aCountyDirectlyUnderAProvinceHasTheProvinceAsGrandparent() {
    // 429004 Xiantao: city part 90 stands for "directly under the province"
    assertEquals(List.of("429004", "429000", "420000", "000000"),
        RegionCode.of("429004").chain().stream().map(RegionCode::toString).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "5119021", "99000", "990000", "510001", "51190200101", "abcdef", "511902000201"})
  void rejectsCodesThatAreMalformedOrUnknown(String text) {
    assertThrows(ValidationException.class, () -> RegionCode.of(text));
  }

  @Test
  void anUnknownProvinceIsNamedInTheMessage() {
    ValidationException e = assertThrows(ValidationException.class, () -> RegionCode.of("990000"));
    assertTrue(e.getMessage().contains("no province has code 99"), e.getMessage());
  }
}

package org.jingzhun.benchmarks.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

  @Test
  void theSameSeedGivesTheSamePopulation() {
    assertEquals(SyntheticPopulation.generate(10_000, 42), SyntheticPopulation.generate(10_000, 42));
  }

  @Test
  void anotherSeedGivesAnotherPopulation() {
    assertNotEquals(
        SyntheticPopulation.generate(10_000, 42), SyntheticPopulation.generate(10_000, 43));
  }

  @Test
  void everyHouseholdHasMembersAndAKnownArea() {
    ColumnarPopulation population = SyntheticPopulation.generate(10_000, 1);
    for (int i = 0; i < population.size(); i++) {
      assertTrue(population.members(i) >= 1, "members of " + i);
      assertTrue(population.area(i) >= 0 && population.area(i) < population.areaCount());
    }
  }

  @Test
  void someHouseholdsSitExactlyOnEachThreshold() {
    ColumnarPopulation population = SyntheticPopulation.generate(10_000, 1);
    int atLine = 0;
    int atStandard = 0;
    int negative = 0;
    for (int i = 0; i < population.size(); i++) {
      long income = population.netIncomeFen(i);
      atLine += income == population.povertyLineFen(i) * population.members(i) ? 1 : 0;
      atStandard += income == population.dibaoStandardFen(i) * 12 * population.members(i) ? 1 : 0;
      negative += income < 0 ? 1 : 0;
    }
    // 2 % at each threshold and 1 % negative by construction: about 200, 200 and 100.
    assertTrue(atLine > 100, "at the line: " + atLine);
    assertTrue(atStandard > 100, "at the standard: " + atStandard);
    assertTrue(negative > 50, "negative: " + negative);
  }

  @Test
  void theLimitSumsEveryFieldTheRulesRead() {
    ColumnarPopulation population = SyntheticPopulation.generate(100, 5);
    long expected = 0;
    for (int i = 0; i < 100; i++) {
      expected += population.netIncomeFen(i) + population.members(i)
          + population.povertyLineFen(i) + population.dibaoStandardFen(i);
    }
    assertEquals(expected, population.sumOfRuleInputs(0, 100));
  }

  @Test
  void aNegativeSizeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticPopulation.generate(-1, 1));
  }
}

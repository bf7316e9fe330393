package org.jingzhun.benchmarks.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jingzhun.benchmarks.library.PopulationDibao;
import org.jingzhun.benchmarks.library.ResolvedAreas;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticPopulationTest {

  private static ResolvedAreas areas;

  @BeforeAll
  static void resolve() {
    areas = ResolvedAreas.shipped();
  }

  @Test
  void theSameSeedGivesTheSamePopulation() {
    assertEquals(SyntheticPopulation.generate(10_000, 42, areas), SyntheticPopulation.generate(10_000, 42, areas));
  }

  @Test
  void anotherSeedGivesAnotherPopulation() {
    assertNotEquals(
        SyntheticPopulation.generate(10_000, 42, areas), SyntheticPopulation.generate(10_000, 43, areas));
  }

  @Test
  void everyHouseholdHasMembersAndAKnownArea() {
    ColumnarPopulation population = SyntheticPopulation.generate(10_000, 1, areas);
    for (int i = 0; i < population.size(); i++) {
      assertTrue(population.members(i) >= 1, "members of " + i);
      assertTrue(population.area(i) >= 0 && population.area(i) < population.areaCount());
    }
  }

  @Test
  void someHouseholdsSitExactlyOnEachThreshold() {
    ColumnarPopulation population = SyntheticPopulation.generate(10_000, 1, areas);
    int atLine = 0;
    int atStandard = 0;
    int zero = 0;
    int negative = 0;
    for (int i = 0; i < population.size(); i++) {
      long income = population.netIncomeFen(i);
      atLine += income == population.povertyLineFen(i) * population.members(i) ? 1 : 0;
      atStandard += income == population.dibaoStandardFen(i) * 12 * population.members(i) ? 1 : 0;
      zero += income == 0 ? 1 : 0;
      negative += income < 0 ? 1 : 0;
    }
    // 2 % at each threshold, 1 % without income and 1 % with a loss by construction: about
    // 200, 200, 100 and 100.
    assertTrue(atLine > 100, "at the line: " + atLine);
    assertTrue(atStandard > 100, "at the standard: " + atStandard);
    assertTrue(zero > 50, "no income: " + zero);
    assertTrue(negative > 50, "a loss: " + negative);
  }

  @Test
  void theLimitSumsEveryFieldTheRulesRead() {
    ColumnarPopulation population = SyntheticPopulation.generate(100, 5, areas);
    long expected = 0;
    for (int i = 0; i < 100; i++) {
      expected += population.netIncomeFen(i) + population.members(i)
          + population.povertyLineFen(i) + population.dibaoStandardFen(i);
    }
    assertEquals(expected, population.sumOfRuleInputs(0, 100));
  }

  @Test
  void householdsAreHeldVillageByVillage() {
    ColumnarPopulation population = SyntheticPopulation.generate(10_000, 3, areas);
    for (int i = 1; i < population.size(); i++) {
      assertTrue(population.area(i - 1) <= population.area(i), "household " + i + " is out of its village's run");
    }
    // 10,000 households drawn over 16 villages: every village has some, so 16 runs
    assertEquals(areas.size(), population.runCount());
  }

  @Test
  void screeningARangeThatCutsRunsGivesEachHouseholdItsVillagesAnswer() {
    ColumnarPopulation population = SyntheticPopulation.generate(5_000, 9, areas);
    ScreeningResults results = new ScreeningResults(population.size());
    // from the middle of one village's run to the middle of another's
    population.screen(1_234, 3_456, areas::screening, results);
    for (int i = 0; i < population.size(); i++) {
      boolean inRange = i >= 1_234 && i < 3_456;
      long expected = inRange
          ? areas.dibao(population.area(i)).monthlyTopUpFen(population.netIncomeFen(i), population.members(i)) : 0;
      assertEquals(expected, results.monthlyTopUpFen(i), "household " + i);
      assertEquals(inRange && areas.identification(population.area(i))
          .isPoor(population.netIncomeFen(i), population.members(i), 0), results.poor(i), "household " + i);
    }
    assertThrows(IndexOutOfBoundsException.class, () -> population.screen(0, 5_001, areas::screening, results));
  }

  @Test
  void theOrderDrawnHoldsTheSameHouseholdsAndTheSameResults() {
    ColumnarPopulation byVillage = SyntheticPopulation.generate(3_000, 21, areas);
    ColumnarPopulation drawn = SyntheticPopulation.generate(3_000, 21, areas, HouseholdOrder.AS_DRAWN);
    assertTrue(drawn.runCount() > 1_000, "villages drawn at random: runs of about one household");
    ScreeningResults a = new ScreeningResults(3_000);
    ScreeningResults b = new ScreeningResults(3_000);
    PopulationDibao.evaluate(byVillage, areas, a);
    PopulationDibao.evaluate(drawn, areas, b);
    assertEquals(a.totalMonthlyTopUpFen(), b.totalMonthlyTopUpFen());
    assertEquals(a.poorCount(), b.poorCount());
    assertEquals(byVillage.sumOfRuleInputs(0, 3_000), drawn.sumOfRuleInputs(0, 3_000));
  }

  @Test
  void aNegativeSizeIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> SyntheticPopulation.generate(-1, 1, areas));
  }
}

package org.jingzhun.benchmarks.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jingzhun.benchmarks.library.DibaoDecision;
import org.jingzhun.benchmarks.library.PopulationDibao;
import org.jingzhun.benchmarks.library.ResolvedAreas;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kie.dmn.api.core.DMNContext;

class DmnDibaoPeerTest {

  private static DmnDibaoPeer peer;
  private static ResolvedAreas areas;

  @BeforeAll
  static void compileModel() {
    peer = DmnDibaoPeer.load(FeelMode.INTERPRETED);
    areas = ResolvedAreas.shipped();
  }

  @ParameterizedTest
  @EnumSource(FeelMode.class)
  void theDmnModelAndTheLibraryAgreeOnEveryGeneratedHousehold(FeelMode feel) {
    DmnDibaoPeer dmn = DmnDibaoPeer.load(feel);
    ColumnarPopulation population = SyntheticPopulation.generate(5_000, 20_200_312, areas);
    ScreeningResults library = new ScreeningResults(population.size());
    PopulationDibao.evaluate(population, areas, library);
    DMNContext context = dmn.newContext();
    for (int i = 0; i < population.size(); i++) {
      assertEquals(
          DibaoDecision.of(library, i),
          dmn.decide(
              context,
              population.netIncomeFen(i),
              population.members(i),
              population.povertyLineFen(i),
              population.dibaoStandardFen(i)),
          "household " + i);
    }
  }

  @Test
  void theDmnModelDoesNotCountIncomeAtThePovertyLineAsPoor() {
    // 3 × 280,000 = 840,000 fen: at the line, not below it; not below 19,000 × 12 × 3 =
    // 684,000 either, so not eligible and nothing paid.
    assertEquals(
        new DibaoDecision(false, Optional.empty(), false, 0),
        peer.decide(peer.newContext(), 840_000, 3, 280_000, 19_000));
  }

  @Test
  void theDmnModelRoundsTheGapHalfUp() {
    // 2 members: yearly standard 456,000; income 455,982 → shortfall 18; 18 / 12 = 1.5 → 2 fen
    // (half up); poor (< 560,000) in the dibao category.
    assertEquals(
        new DibaoDecision(true, Optional.of(PovertyCategory.DIBAO), true, 2),
        peer.decide(peer.newContext(), 455_982, 2, 280_000, 19_000));
  }

  @Test
  void theDmnModelCapsTheTopUpOfANetLossAtTheStandard() {
    // income −12,000: shortfall 468,000 / 12 = 39,000, capped at 19,000 × 2 = 38,000.
    assertEquals(
        new DibaoDecision(true, Optional.of(PovertyCategory.DIBAO), true, 38_000),
        peer.decide(peer.newContext(), -12_000, 2, 280_000, 19_000));
  }

  @Test
  void theDmnModelCallsAPoorHouseholdAboveTheStandardGeneral() {
    // 2 members, income 500,000: < 560,000 → poor; not < 456,000 → general, nothing paid.
    assertEquals(
        new DibaoDecision(true, Optional.of(PovertyCategory.GENERAL), false, 0),
        peer.decide(peer.newContext(), 500_000, 2, 280_000, 19_000));
  }
}

package org.jingzhun.benchmarks.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jingzhun.benchmarks.dibao.DibaoDecision;
import org.jingzhun.benchmarks.dibao.DibaoIdentificationReference;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kie.dmn.api.core.DMNContext;

class DmnDibaoPeerTest {

  private static DmnDibaoPeer peer;

  @BeforeAll
  static void compileModel() {
    peer = DmnDibaoPeer.load(FeelMode.INTERPRETED);
  }

  @ParameterizedTest
  @EnumSource(FeelMode.class)
  void theDmnModelAndTheJavaReferenceAgreeOnEveryGeneratedHousehold(FeelMode feel) {
    DmnDibaoPeer dmn = DmnDibaoPeer.load(feel);
    ColumnarPopulation population = SyntheticPopulation.generate(5_000, 20_200_312);
    DMNContext context = dmn.newContext();
    for (int i = 0; i < population.size(); i++) {
      long income = population.netIncomeFen(i);
      int members = population.members(i);
      long line = population.povertyLineFen(i);
      long standard = population.dibaoStandardFen(i);
      assertEquals(
          DibaoIdentificationReference.decide(income, members, line, standard),
          dmn.decide(context, income, members, line, standard),
          "household " + i);
    }
  }

  @Test
  void theDmnModelDoesNotCountIncomeAtThePovertyLineAsPoor() {
    // 3 × 320,000 = 960,000 fen: at the line, not below it; standard 30,000 × 12 × 3 =
    // 1,080,000, gap 120,000, top-up 120,000 / 12 = 10,000 fen.
    assertEquals(
        new DibaoDecision(false, true, 10_000),
        peer.decide(peer.newContext(), 960_000, 3, 320_000, 30_000));
  }

  @Test
  void theDmnModelRoundsTheTopUpUpToTheFen() {
    // yearly standard 720,000; income 600,001 → gap 119,999 → 9,999.92 → 10,000 fen.
    assertEquals(
        new DibaoDecision(true, true, 10_000),
        peer.decide(peer.newContext(), 600_001, 2, 320_000, 30_000));
  }

  @Test
  void theDmnModelPaysNothingAboveTheStandard() {
    // income 800,000 > yearly standard 720,000: max(0, ceiling(−80,000 / 12)) = 0.
    assertEquals(
        new DibaoDecision(false, false, 0),
        peer.decide(peer.newContext(), 800_000, 2, 320_000, 30_000));
  }
}

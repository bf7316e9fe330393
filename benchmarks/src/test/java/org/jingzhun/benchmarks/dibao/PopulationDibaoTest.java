package org.jingzhun.benchmarks.dibao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationDibaoTest {

  private static ExecutorService twoThreads;

  @BeforeAll
  static void startThreads() {
    twoThreads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopThreads() {
    twoThreads.shutdownNow();
  }

  @ParameterizedTest(name = "{0} households in {1} parts")
  @CsvSource({"100001, 2", "100001, 3", "100000, 7", "1, 2", "0, 2", "5, 8"})
  void parallelEvaluationGivesExactlyTheSequentialResults(int households, int parts) {
    ColumnarPopulation population = SyntheticPopulation.generate(households, 2024);
    DibaoResults sequential = new DibaoResults(households);
    DibaoResults parallel = new DibaoResults(households);
    PopulationDibao.evaluate(population, sequential);
    PopulationDibao.evaluateInParallel(population, parallel, twoThreads, parts);
    assertEquals(sequential, parallel);
  }

  @Test
  void populationEvaluationGivesEachHouseholdsOwnDecision() {
    ColumnarPopulation population = SyntheticPopulation.generate(5_000, 11);
    DibaoResults results = new DibaoResults(population.size());
    PopulationDibao.evaluate(population, results);
    for (int i = 0; i < population.size(); i++) {
      assertEquals(
          DibaoIdentificationReference.decide(
              population.netIncomeFen(i),
              population.members(i),
              population.povertyLineFen(i),
              population.dibaoStandardFen(i)),
          results.decision(i),
          "household " + i);
    }
  }

  @Test
  void thePartsCoverThePopulationWithoutGapsOrOverlaps() {
    // 10 households in 3 parts: [0, 3), [3, 6), [6, 10) — starts ⌊10·k/3⌋ = 0, 3, 6, 10.
    assertEquals(0, PopulationDibao.rangeStart(10, 3, 0));
    assertEquals(3, PopulationDibao.rangeStart(10, 3, 1));
    assertEquals(6, PopulationDibao.rangeStart(10, 3, 2));
    assertEquals(10, PopulationDibao.rangeStart(10, 3, 3));
  }

  @Test
  void resultsOfTheWrongSizeAreRejected() {
    ColumnarPopulation population = SyntheticPopulation.generate(10, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> PopulationDibao.evaluate(population, new DibaoResults(9)));
  }

  @Test
  void zeroPartsAreRejected() {
    ColumnarPopulation population = SyntheticPopulation.generate(10, 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> PopulationDibao.evaluateInParallel(population, new DibaoResults(10), twoThreads, 0));
  }
}

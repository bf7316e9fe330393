package org.jingzhun.benchmarks.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.dibao.DibaoAssessment;
import org.jingzhun.eligibility.dibao.DibaoCase;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationDibaoTest {

  private static ExecutorService twoThreads;
  private static ResolvedAreas areas;

  @BeforeAll
  static void start() {
    twoThreads = Executors.newFixedThreadPool(2);
    areas = ResolvedAreas.shipped();
  }

  @AfterAll
  static void stopThreads() {
    twoThreads.shutdownNow();
  }

  @ParameterizedTest(name = "{0} households in {1} parts")
  @CsvSource({"20001, 2", "20001, 3", "20000, 7", "1, 2", "0, 2", "5, 8"})
  void parallelEvaluationGivesExactlyTheSequentialResults(int households, int parts) {
    ColumnarPopulation population = SyntheticPopulation.generate(households, 2024, areas);
    ScreeningResults sequential = new ScreeningResults(households);
    ScreeningResults parallel = new ScreeningResults(households);
    PopulationDibao.evaluate(population, areas, sequential);
    PopulationDibao.evaluateInParallel(population, areas, parallel, 0, households, twoThreads, parts);
    assertEquals(sequential, parallel);
  }

  @Test
  void eachHouseholdGetsWhatTheLibrarysStaticEntryPointsGiveIt() {
    // IdentificationRules.compute and DibaoRules.compute resolve the rules from the book for
    // the household's own village each time: an independent path to the same answers.
    PolicyBook book = PolicyBook.shipped();
    ColumnarPopulation population = SyntheticPopulation.generate(2_000, 11, areas);
    ScreeningResults results = new ScreeningResults(population.size());
    PopulationDibao.evaluate(population, areas, results);
    for (int i = 0; i < population.size(); i++) {
      Household h = LibraryHouseholds.of(
          areas.village(population.area(i)), population.netIncomeFen(i), population.members(i));
      Identification id = IdentificationRules.compute(h, book, ResolvedAreas.DATE);
      DibaoAssessment dibao = DibaoRules.compute(DibaoCase.of(h), book, ResolvedAreas.DATE);
      assertEquals(
          new DibaoDecision(id.poor(), id.category(), dibao.eligible(), dibao.monthlyTopUp().fen()),
          DibaoDecision.of(results, i),
          "household " + i);
    }
  }

  @Test
  void aDibaoHouseholdGetsTheTopUpWorkedByHand() {
    // Shipped, 2015-12-01: line of 2014 2,800 yuan; Sichuan dibao 190 yuan a month.
    // 3 members, income 6,000 yuan = 600,000 fen: < 2,800 × 3 = 8,400 → poor; < 190 × 12 × 3
    // = 6,840 → dibao category and eligible; top-up 190 × 3 − 6,000 / 12 = 570 − 500 = 70 yuan.
    Household h = LibraryHouseholds.of(areas.village(0), 600_000, 3);
    Identification id = areas.identification(0).identify(h, Trace.off());
    DibaoAssessment dibao = areas.dibao(0).assess(h, false, Trace.off());
    assertEquals(
        new DibaoDecision(true, Optional.of(PovertyCategory.DIBAO), true, 7_000),
        new DibaoDecision(id.poor(), id.category(), dibao.eligible(), dibao.monthlyTopUp().fen()));
  }

  @Test
  void theLibrarysAmountsAreTheShippedOnes() {
    // 2,800 yuan a year (line of 2014, lag 1) and 190 yuan a month (Sichuan from 2015-07-01).
    for (int a = 0; a < areas.size(); a++) {
      assertEquals(280_000, areas.lineFen(a));
      assertEquals(19_000, areas.standardFen(a));
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
    ColumnarPopulation population = SyntheticPopulation.generate(10, 1, areas);
    assertThrows(
        IllegalArgumentException.class,
        () -> PopulationDibao.evaluate(population, areas, new ScreeningResults(9)));
  }

  @Test
  void zeroPartsAreRejected() {
    ColumnarPopulation population = SyntheticPopulation.generate(10, 1, areas);
    assertThrows(
        IllegalArgumentException.class,
        () -> PopulationDibao.evaluateInParallel(population, areas, new ScreeningResults(10), 0, 10, twoThreads, 0));
  }
}

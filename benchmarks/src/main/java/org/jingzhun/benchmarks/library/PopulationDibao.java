package org.jingzhun.benchmarks.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.jingzhun.eligibility.screening.ScreeningResults;

/**
 * 全人口识别与低保 (identification and dibao over a population): the library's own rules over
 * every household of a {@link ColumnarPopulation}, written into {@code eligibility}'s
 * {@link ScreeningResults}. The population hands each village's run of households to that
 * village's {@link IncomeScreening} (its resolved {@code IdentificationRules} and
 * {@code DibaoRules}), which reads the columns in place; nothing is allocated per household.
 *
 * <p>The population holds no guarantee deficits and no household without labour and livelihood
 * (every member is an able-bodied adult, see {@link LibraryHouseholds}), which is what the
 * screening assumes; tests check its answers against the library's Household path for the same
 * households.
 *
 * <p>The parallel form splits the population into contiguous ranges, one task each; each
 * household's result depends only on that household and the resolved rules (immutable), and
 * each task writes only its own range, so the results are exactly the sequential ones whatever
 * the number of parts.
 */
public final class PopulationDibao {

  private PopulationDibao() {}

  /** The library's decision for household {@code i} of {@code population}. */
  public static DibaoDecision decide(ColumnarPopulation population, ResolvedAreas areas, int i) {
    ScreeningResults one = new ScreeningResults(1);
    RegisterColumns household = RegisterColumns.of(new long[] {population.netIncomeFen(i)}, new int[] {population.members(i)});
    areas.screening(population.area(i)).screen(household, 0, 1, one);
    return DibaoDecision.of(one, 0);
  }

  /** Evaluates every household in order on the calling thread. */
  public static void evaluate(ColumnarPopulation population, ResolvedAreas areas, ScreeningResults results) {
    checkSizes(population, areas, results);
    evaluateRange(population, areas, results, 0, population.size());
  }

  /** Evaluates households {@code [from, to)} on the calling thread, allocating nothing per household. */
  public static void evaluateRange(
      ColumnarPopulation population, ResolvedAreas areas, ScreeningResults results, int from, int to) {
    population.screen(from, to, areas::screening, results);
  }

  /**
   * Evaluates households {@code [from, to)} in {@code parts} contiguous ranges on
   * {@code executor} and waits for all of them. Part {@code k} covers
   * {@code [from + k·n/parts, from + (k+1)·n/parts)} with {@code n = to − from}.
   *
   * @throws IllegalArgumentException if {@code parts < 1}
   * @throws IllegalStateException if a part fails or the wait is interrupted
   */
  public static void evaluateInParallel(
      ColumnarPopulation population, ResolvedAreas areas, ScreeningResults results,
      int from, int to, ExecutorService executor, int parts) {
    checkSizes(population, areas, results);
    Objects.checkFromToIndex(from, to, population.size());
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be ≥ 1 but was " + parts);
    }
    int n = to - from;
    List<Future<?>> running = new ArrayList<>(parts);
    for (int k = 0; k < parts; k++) {
      int start = from + rangeStart(n, parts, k);
      int end = from + rangeStart(n, parts, k + 1);
      running.add(executor.submit(() -> evaluateRange(population, areas, results, start, end)));
    }
    Parts.await(running);
  }

  /** First household of part {@code k} of {@code parts} over {@code n} households. */
  public static int rangeStart(int n, int parts, int k) {
    return (int) ((long) n * k / parts);
  }

  private static void checkSizes(ColumnarPopulation population, ResolvedAreas areas, ScreeningResults results) {
    if (population.size() != results.size()) {
      throw new IllegalArgumentException(
          "results must hold " + population.size() + " households but hold " + results.size());
    }
    if (population.areaCount() != areas.size()) {
      throw new IllegalArgumentException(
          "the population has " + population.areaCount() + " areas but the rules " + areas.size());
    }
  }
}

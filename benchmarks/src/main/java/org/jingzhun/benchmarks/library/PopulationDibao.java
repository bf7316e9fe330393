package org.jingzhun.benchmarks.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.identification.IdentificationRules;

/**
 * 全人口识别与低保 (identification and dibao over a population): the library's own rules —
 * the primitive entry points of the resolved {@code IdentificationRules} ({@code isPoor},
 * {@code category}) and {@code DibaoRules} ({@code isEligible}, {@code monthlyTopUpFen}), which
 * {@code identify} and {@code assess} themselves compute through — over every household of a
 * {@link ColumnarPopulation}, writing into {@link DibaoResults}. Nothing is allocated per
 * household: the columns are read, the rules called on plain numbers, the result columns
 * written.
 *
 * <p>The population holds no guarantee deficits (deficit mask 0) and no household without
 * labour and livelihood (every member is an able-bodied adult, see {@link LibraryHouseholds}),
 * so no extreme-poverty support case arises and dibao is the top-up alone, as the object path
 * gives it for the same households (tests check both against the library's Household path).
 *
 * <p>The parallel form splits the population into contiguous ranges, one task each; each
 * household's result depends only on that household and the resolved rules (immutable), and
 * each task writes only its own range, so the results are exactly the sequential ones whatever
 * the number of parts.
 */
public final class PopulationDibao {

  private PopulationDibao() {}

  /** The population's households hold no guarantee deficit. */
  private static final int NO_DEFICITS = 0;
  /** Every household has an able-bodied member. */
  private static final boolean NO_LABOUR_NO_LIVELIHOOD = false;

  /** The library's decision for household {@code i} of {@code population}. */
  public static DibaoDecision decide(ColumnarPopulation population, ResolvedAreas areas, int i) {
    DibaoResults one = new DibaoResults(1);
    record(one, 0, areas, population.area(i), population.netIncomeFen(i), population.members(i));
    return one.decision(0);
  }

  /** Evaluates every household in order on the calling thread. */
  public static void evaluate(ColumnarPopulation population, ResolvedAreas areas, DibaoResults results) {
    checkSizes(population, areas, results);
    evaluateRange(population, areas, results, 0, population.size());
  }

  /** Evaluates households {@code [from, to)} on the calling thread, allocating nothing. */
  public static void evaluateRange(
      ColumnarPopulation population, ResolvedAreas areas, DibaoResults results, int from, int to) {
    Objects.checkFromToIndex(from, to, Math.min(population.size(), results.size()));
    for (int i = from; i < to; i++) {
      record(results, i, areas, population.area(i), population.netIncomeFen(i), population.members(i));
    }
  }

  private static void record(DibaoResults results, int i, ResolvedAreas areas, int area, long net, int members) {
    IdentificationRules identification = areas.identification(area);
    DibaoRules dibao = areas.dibao(area);
    boolean poor = identification.isPoor(net, members, NO_DEFICITS);
    int category = poor ? DibaoResults.code(identification.category(net, members, NO_LABOUR_NO_LIVELIHOOD)) : 0;
    boolean eligible = dibao.isEligible(net, members);
    results.set(i, poor, category, eligible, eligible ? dibao.monthlyTopUpFen(net, members) : 0);
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
      ColumnarPopulation population, ResolvedAreas areas, DibaoResults results,
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
  static int rangeStart(int n, int parts, int k) {
    return (int) ((long) n * k / parts);
  }

  private static void checkSizes(ColumnarPopulation population, ResolvedAreas areas, DibaoResults results) {
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

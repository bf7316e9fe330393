package org.jingzhun.benchmarks.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.eligibility.dibao.DibaoAssessment;
import org.jingzhun.eligibility.identification.Identification;

/**
 * 全人口识别与低保 (identification and dibao over a population): the library's own rules —
 * {@code IdentificationRules.identify} then {@code DibaoRules.assess}, as the prescription
 * combines them, with {@link Trace#off()} — over every household of a
 * {@link ColumnarPopulation}, writing into {@link DibaoResults}.
 *
 * <p>The library takes a {@link Household}, so each household is first built from its columns
 * ({@link LibraryHouseholds}); this is the object path, and it allocates per household.
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
    DibaoResults one = new DibaoResults(1);
    int area = population.area(i);
    record(one, 0, areas, area,
        LibraryHouseholds.of(areas.village(area), population.netIncomeFen(i), population.members(i)));
    return one.decision(0);
  }

  /** Evaluates every household in order on the calling thread. */
  public static void evaluate(ColumnarPopulation population, ResolvedAreas areas, DibaoResults results) {
    checkSizes(population, areas, results);
    evaluateRange(population, areas, results, 0, population.size());
  }

  /** Evaluates households {@code [from, to)} on the calling thread. */
  public static void evaluateRange(
      ColumnarPopulation population, ResolvedAreas areas, DibaoResults results, int from, int to) {
    Objects.checkFromToIndex(from, to, Math.min(population.size(), results.size()));
    for (int i = from; i < to; i++) {
      int area = population.area(i);
      Household household =
          LibraryHouseholds.of(areas.village(area), population.netIncomeFen(i), population.members(i));
      record(results, i, areas, area, household);
    }
  }

  private static void record(DibaoResults results, int i, ResolvedAreas areas, int area, Household household) {
    Identification id = areas.identification(area).identify(household, Trace.off());
    boolean extreme = id.category().orElse(PovertyCategory.GENERAL) == PovertyCategory.EXTREME_POVERTY_SUPPORT;
    DibaoAssessment dibao = areas.dibao(area).assess(household, extreme, Trace.off());
    results.set(i, id.poor(), DibaoResults.code(id.category()), dibao.eligible(), dibao.monthlyTopUp().fen());
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

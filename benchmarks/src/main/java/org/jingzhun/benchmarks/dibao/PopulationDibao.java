package org.jingzhun.benchmarks.dibao;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jingzhun.benchmarks.population.ColumnarPopulation;

/**
 * 全人口识别与低保 (identification and dibao over a population): runs the reference rules
 * over every household of a {@link ColumnarPopulation}, writing into {@link DibaoResults}.
 * Allocates nothing per household.
 *
 * <p>The parallel form splits the population into contiguous ranges, one task each; each
 * household's result depends only on that household, and each task writes only its own
 * range, so the results are exactly the sequential ones whatever the number of parts.
 */
public final class PopulationDibao {

  private PopulationDibao() {}

  /** Evaluates every household in order on the calling thread. */
  public static void evaluate(ColumnarPopulation population, DibaoResults results) {
    checkSizes(population, results);
    evaluateRange(population, results, 0, population.size());
  }

  /** Evaluates households {@code [from, to)} on the calling thread. */
  public static void evaluateRange(
      ColumnarPopulation population, DibaoResults results, int from, int to) {
    Objects.checkFromToIndex(from, to, Math.min(population.size(), results.size()));
    for (int i = from; i < to; i++) {
      long income = population.netIncomeFen(i);
      int members = population.members(i);
      long standard = population.dibaoStandardFen(i);
      results.set(
          i,
          DibaoIdentificationReference.isPoor(income, members, population.povertyLineFen(i)),
          DibaoIdentificationReference.isDibaoEligible(income, members, standard),
          DibaoIdentificationReference.monthlyTopUpFen(income, members, standard));
    }
  }

  /**
   * Evaluates the population in {@code parts} contiguous ranges on {@code executor} and waits
   * for all of them. Part {@code k} covers {@code [k·n/parts, (k+1)·n/parts)}.
   *
   * @throws IllegalArgumentException if {@code parts < 1}
   * @throws IllegalStateException if a part fails or the wait is interrupted
   */
  public static void evaluateInParallel(
      ColumnarPopulation population, DibaoResults results, ExecutorService executor, int parts) {
    checkSizes(population, results);
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be ≥ 1 but was " + parts);
    }
    int n = population.size();
    List<Future<?>> running = new ArrayList<>(parts);
    for (int k = 0; k < parts; k++) {
      int from = rangeStart(n, parts, k);
      int to = rangeStart(n, parts, k + 1);
      running.add(executor.submit(() -> evaluateRange(population, results, from, to)));
    }
    try {
      for (Future<?> part : running) {
        part.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while evaluating a population", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a part of the population failed", e.getCause());
    }
  }

  /** First household of part {@code k} of {@code parts} over {@code n} households. */
  static int rangeStart(int n, int parts, int k) {
    return (int) ((long) n * k / parts);
  }

  private static void checkSizes(ColumnarPopulation population, DibaoResults results) {
    if (population.size() != results.size()) {
      throw new IllegalArgumentException(
          "results must hold " + population.size() + " households but hold " + results.size());
    }
  }
}

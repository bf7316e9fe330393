package org.jingzhun.planning.uncertainty;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * 分位区间 — the 5th, 50th and 95th percentile of one headline in one year over the runs, by the
 * nearest-rank definition: of {@code n} values sorted ascending, the {@code p}-th percentile is
 * the value of rank {@code ⌈p·n/100⌉} (1-based; at least rank 1). Each percentile is therefore
 * one of the runs' own values: an amount stays exact to the fen, a count a whole number.
 *
 * @param <T> the value's type: {@link Long} for counts, {@link org.jingzhun.core.money.Money} for amounts
 * @param p5 the 5th percentile
 * @param p50 the 50th percentile (the median)
 * @param p95 the 95th percentile
 */
public record Band<T>(T p5, T p50, T p95) {
  /** The percentiles of every band. */
  static final int LOW = 5;
  static final int MEDIAN = 50;
  static final int HIGH = 95;

  /**
   * Checks that every percentile is given.
   *
   * @param p5 the 5th percentile
   * @param p50 the 50th percentile
   * @param p95 the 95th percentile
   */
  public Band {
    Objects.requireNonNull(p5, "p5");
    Objects.requireNonNull(p50, "p50");
    Objects.requireNonNull(p95, "p95");
  }

  /**
   * {@return the band of {@code values}, each made a {@code T} by {@code as}}
   *
   * @param values one value per run, in any order; not changed
   * @param as makes a value (a count, or an amount in fen) a {@code T}
   * @param <T> the band's type
   * @throws IllegalArgumentException if there is no value
   */
  static <T> Band<T> of(long[] values, LongFunction<T> as) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return new Band<>(as.apply(nearestRank(sorted, LOW)), as.apply(nearestRank(sorted, MEDIAN)), as.apply(nearestRank(sorted, HIGH)));
  }

  /**
   * {@return the {@code percent}-th percentile of {@code sorted} by nearest rank}
   *
   * @param sorted the values, ascending
   * @param percent the percentile, 1 to 100
   */
  static long nearestRank(long[] sorted, int percent) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("a band needs at least one run");
    }
    long rank = Math.max(1, ((long) percent * sorted.length + 99) / 100);
    return sorted[(int) rank - 1];
  }
}

package org.jingzhun.planning.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongFunction;
import org.jingzhun.core.money.Money;

/**
 * 多次运行的分位区间 — the bands of every headline over the runs of one scenario: for each headline
 * (in a fixed order: the counts, then the amounts), year → 5th, 50th and 95th percentile by
 * nearest rank ({@link Band}). Counts are whole numbers; amounts are {@link Money}, exact to the
 * fen.
 *
 * @param runs the number of runs
 * @param seeds the seed of each run, in run order
 * @param counts the bands of the counted headlines (households, persons, villages)
 * @param amounts the bands of the amounts (spending by programme and by funding source)
 */
public record RunBands(int runs, List<Long> seeds, List<HeadlineBands<Long>> counts, List<HeadlineBands<Money>> amounts) {
  /**
   * Copies the lists.
   *
   * @param runs the number of runs
   * @param seeds the seed of each run
   * @param counts the bands of the counts
   * @param amounts the bands of the amounts
   */
  public RunBands {
    seeds = List.copyOf(seeds);
    counts = List.copyOf(counts);
    amounts = List.copyOf(amounts);
  }

  /**
   * {@return the counted headline named {@code name}, if there is one}
   *
   * @param name its snake_case name, e.g. {@code poor_persons}
   */
  public Optional<HeadlineBands<Long>> count(String name) {
    return counts.stream().filter(b -> b.headline().name().equals(name)).findFirst();
  }

  /**
   * {@return the amount headline named {@code name}, if there is one}
   *
   * @param name its snake_case name, e.g. {@code spending_dibao}
   */
  public Optional<HeadlineBands<Money>> amount(String name) {
    return amounts.stream().filter(b -> b.headline().name().equals(name)).findFirst();
  }

  /** {@return the bands of {@code runs}, each run's series in run order} */
  static RunBands of(List<Long> seeds, List<RunHeadlines> runs) {
    RunHeadlines first = runs.get(0);
    for (RunHeadlines r : runs) {
      if (!r.headlines.equals(first.headlines) || !Arrays.equals(r.years, first.years)) {
        throw new IllegalStateException("the runs of one scenario differ in their headlines or years");
      }
    }
    List<HeadlineBands<Long>> counts = new ArrayList<>();
    List<HeadlineBands<Money>> amounts = new ArrayList<>();
    for (int h = 0; h < first.headlines.size(); h++) {
      Headline headline = first.headlines.get(h);
      if (headline.unit() == Unit.YUAN) {
        amounts.add(bands(headline, h, runs, Money::ofFen));
      } else {
        counts.add(bands(headline, h, runs, Long::valueOf));
      }
    }
    return new RunBands(runs.size(), seeds, counts, amounts);
  }

  private static <T> HeadlineBands<T> bands(Headline headline, int h, List<RunHeadlines> runs, LongFunction<T> as) {
    int[] years = runs.get(0).years;
    SortedMap<Integer, Band<T>> byYear = new TreeMap<>();
    for (int y = 0; y < years.length; y++) {
      long[] values = new long[runs.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = runs.get(r).values.get(h)[y];
      }
      byYear.put(years[y], Band.of(values, as));
    }
    return new HeadlineBands<>(headline, byYear);
  }
}

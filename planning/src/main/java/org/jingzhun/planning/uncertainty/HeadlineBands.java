package org.jingzhun.planning.uncertainty;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * 逐年分位区间 — one headline's band in every year of the runs.
 *
 * @param headline the headline
 * @param byYear year → band, in year order; unmodifiable
 * @param <T> {@link Long} for counts, {@link org.jingzhun.core.money.Money} for amounts
 */
public record HeadlineBands<T>(Headline headline, SortedMap<Integer, Band<T>> byYear) {
  /**
   * Checks and copies.
   *
   * @param headline the headline
   * @param byYear year → band
   */
  public HeadlineBands {
    Objects.requireNonNull(headline, "headline");
    byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
  }
}

package org.jingzhun.benchmarks.library;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCategory;

/**
 * 低保结果列 (dibao result columns): the decisions for a whole population, held as primitive
 * columns. Per household one flag byte (poor, dibao eligible), one category byte (0 for none,
 * else the category's ordinal + 1) and one top-up {@code long}: 10 bytes.
 */
public final class DibaoResults {

  static final byte POOR = 1;
  static final byte DIBAO_ELIGIBLE = 2;
  private static final PovertyCategory[] CATEGORIES = PovertyCategory.values();

  private final byte[] flags;
  private final byte[] category;
  private final long[] monthlyTopUpFen;

  /** Empty results (all false, no category, all zero) for {@code size} households. */
  public DibaoResults(int size) {
    this.flags = new byte[size];
    this.category = new byte[size];
    this.monthlyTopUpFen = new long[size];
  }

  /** Number of households. */
  public int size() {
    return flags.length;
  }

  /** Records household {@code i}'s decision; {@code categoryCode} is 0 or an ordinal + 1. */
  void set(int i, boolean poor, int categoryCode, boolean dibaoEligible, long topUpFen) {
    flags[i] = (byte) ((poor ? POOR : 0) | (dibaoEligible ? DIBAO_ELIGIBLE : 0));
    category[i] = (byte) categoryCode;
    monthlyTopUpFen[i] = topUpFen;
  }

  /** The code {@link #set} takes for a category: 0 for none, else its ordinal + 1. */
  static int code(Optional<PovertyCategory> c) {
    return c.isPresent() ? code(c.get()) : 0;
  }

  /** The code {@link #set} takes for a household's category: its ordinal + 1. */
  static int code(PovertyCategory c) {
    return c.ordinal() + 1;
  }

  /** The decision recorded for household {@code i}. */
  public DibaoDecision decision(int i) {
    int c = category[i];
    return new DibaoDecision(
        (flags[i] & POOR) != 0,
        c == 0 ? Optional.empty() : Optional.of(CATEGORIES[c - 1]),
        (flags[i] & DIBAO_ELIGIBLE) != 0,
        monthlyTopUpFen[i]);
  }

  /** The sum of all monthly top-ups, in fen. */
  public long totalMonthlyTopUpFen() {
    long total = 0;
    for (long topUp : monthlyTopUpFen) {
      total = Math.addExact(total, topUp);
    }
    return total;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DibaoResults)) {
      return false;
    }
    DibaoResults that = (DibaoResults) other;
    return Arrays.equals(flags, that.flags)
        && Arrays.equals(category, that.category)
        && Arrays.equals(monthlyTopUpFen, that.monthlyTopUpFen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(flags), Arrays.hashCode(category), Arrays.hashCode(monthlyTopUpFen));
  }

  @Override
  public String toString() {
    return "DibaoResults[" + size() + " households]";
  }
}

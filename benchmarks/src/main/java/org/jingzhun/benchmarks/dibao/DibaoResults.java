package org.jingzhun.benchmarks.dibao;

import java.util.Arrays;
import java.util.Objects;

/**
 * 低保结果列 (dibao result columns): the decisions for a whole population, held as
 * primitive columns so that evaluation writes no object per household. One flag byte
 * (poor, dibao eligible) and one top-up {@code long} per household.
 */
public final class DibaoResults {

  static final byte POOR = 1;
  static final byte DIBAO_ELIGIBLE = 2;

  private final byte[] flags;
  private final long[] monthlyTopUpFen;

  /** Empty results (all false, all zero) for {@code size} households. */
  public DibaoResults(int size) {
    this.flags = new byte[size];
    this.monthlyTopUpFen = new long[size];
  }

  /** Number of households. */
  public int size() {
    return flags.length;
  }

  /** Records household {@code i}'s decision; written only by {@link PopulationDibao}. */
  void set(int i, boolean poor, boolean dibaoEligible, long topUpFen) {
    flags[i] = (byte) ((poor ? POOR : 0) | (dibaoEligible ? DIBAO_ELIGIBLE : 0));
    monthlyTopUpFen[i] = topUpFen;
  }

  /** The decision recorded for household {@code i}. */
  public DibaoDecision decision(int i) {
    return new DibaoDecision(
        (flags[i] & POOR) != 0, (flags[i] & DIBAO_ELIGIBLE) != 0, monthlyTopUpFen[i]);
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
        && Arrays.equals(monthlyTopUpFen, that.monthlyTopUpFen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(flags), Arrays.hashCode(monthlyTopUpFen));
  }

  @Override
  public String toString() {
    return "DibaoResults[" + size() + " households]";
  }
}

package org.jingzhun.benchmarks.population;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.jingzhun.eligibility.screening.ScreeningResults;

/**
 * 列式人口 (columnar population): the households of a register held as primitive columns,
 * one array per field the identification and dibao rules read, plus a small table of
 * per-area parameters that households point into.
 *
 * <p>Per household: annual net income in fen ({@code long}, 8 bytes; negative for a net loss), member count
 * ({@code int}, 4 bytes) and an area index ({@code short}, 2 bytes): 14 bytes of column
 * data, no object headers. Per area: the poverty line in fen per person per year and the
 * dibao standard in fen per person per month.
 *
 * <p>Households are held village by village, as a register is kept (建档立卡 data is entered and
 * kept per village): the households of one area are contiguous, in runs found once when the
 * population is built. {@link #screen} hands each run's columns to the library's
 * {@link IncomeScreening} for that village.
 *
 * <p>Income and members are held in the library's {@link RegisterColumns} (which checks every
 * household has a member, once); the area columns here. Nothing is handed out; accessors read
 * one element. Instances are effectively immutable once
 * built (the generator is the only writer).
 */
public final class ColumnarPopulation {

  /** Income and members, checked once (every household has a member) by the library. */
  private final RegisterColumns register;
  private final short[] area;
  private final long[] povertyLineFen;
  private final long[] dibaoStandardFen;
  /** First household of each run of one area, and {@code size()} at the end. */
  private final int[] runStart;

  ColumnarPopulation(
      long[] netIncomeFen,
      int[] members,
      short[] area,
      long[] povertyLineFen,
      long[] dibaoStandardFen) {
    int size = netIncomeFen.length;
    if (members.length != size || area.length != size) {
      throw new IllegalArgumentException(
          "household columns must have one length but were " + size + ", " + members.length
              + ", " + area.length);
    }
    if (povertyLineFen.length != dibaoStandardFen.length) {
      throw new IllegalArgumentException("area columns must have one length");
    }
    this.register = RegisterColumns.of(netIncomeFen, members);
    this.area = area;
    this.povertyLineFen = povertyLineFen;
    this.dibaoStandardFen = dibaoStandardFen;
    this.runStart = runStarts(area);
  }

  private static int[] runStarts(short[] area) {
    int runs = area.length == 0 ? 0 : 1;
    for (int i = 1; i < area.length; i++) {
      runs += area[i] != area[i - 1] ? 1 : 0;
    }
    int[] start = new int[runs + 1];
    for (int i = 1, r = 1; i < area.length; i++) {
      if (area[i] != area[i - 1]) {
        start[r++] = i;
      }
    }
    start[runs] = area.length;
    return start;
  }

  /** Number of runs of households of one area (the number of areas when the population is held village by village). */
  public int runCount() {
    return runStart.length - 1;
  }

  /**
   * Screens households {@code [from, to)} into {@code out}: each run of one area, cut to the
   * range, through {@code screeningOfArea}'s screening for that area, reading the columns in
   * place.
   *
   * @throws IndexOutOfBoundsException if the range is not within the population and {@code out}
   */
  public void screen(int from, int to, IntFunction<IncomeScreening> screeningOfArea, ScreeningResults out) {
    Objects.checkFromToIndex(from, to, Math.min(size(), out.size()));
    if (from == to) {
      return;
    }
    int run = Arrays.binarySearch(runStart, from);
    run = run >= 0 ? run : -run - 2; // the run holding household from
    for (int start = from; start < to; run++) {
      int end = Math.min(runStart[run + 1], to);
      screeningOfArea.apply(area[start]).screen(register, start, end, out);
      start = end;
    }
  }

  /** Number of households. */
  public int size() {
    return register.size();
  }

  /** Number of areas (parameter rows). */
  public int areaCount() {
    return povertyLineFen.length;
  }

  /** Annual household net income of household {@code i}, in fen; negative for a net loss. */
  public long netIncomeFen(int i) {
    return register.netIncomeFen(i);
  }

  /** Member count of household {@code i}, at least 1. */
  public int members(int i) {
    return register.members(i);
  }

  /** Area index of household {@code i}, in {@code [0, areaCount())}. */
  public int area(int i) {
    return area[i];
  }

  /** Poverty line of household {@code i}'s area, in fen per person per year. */
  public long povertyLineFen(int i) {
    return povertyLineFen[area[i]];
  }

  /** Dibao standard of household {@code i}'s area, in fen per person per month. */
  public long dibaoStandardFen(int i) {
    return dibaoStandardFen[area[i]];
  }

  /**
   * 极限 (the limit): reads every field the rules read for households {@code [from, to)}
   * and sums them, doing no rule at all. The fastest any evaluation over this layout can be.
   *
   * @return the wrapping sum of income, members, line and standard over the range
   */
  public long sumOfRuleInputs(int from, int to) {
    Objects.checkFromToIndex(from, to, size());
    long sum = 0;
    for (int i = from; i < to; i++) {
      int a = area[i];
      sum += register.netIncomeFen(i) + register.members(i) + povertyLineFen[a] + dibaoStandardFen[a];
    }
    return sum;
  }

  /** Bytes of column data per household (excluding the per-area table): 14. */
  public static int columnBytesPerHousehold() {
    return Long.BYTES + Integer.BYTES + Short.BYTES;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ColumnarPopulation)) {
      return false;
    }
    ColumnarPopulation that = (ColumnarPopulation) other;
    return register.equals(that.register)
        && Arrays.equals(area, that.area)
        && Arrays.equals(povertyLineFen, that.povertyLineFen)
        && Arrays.equals(dibaoStandardFen, that.dibaoStandardFen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        register,
        Arrays.hashCode(area),
        Arrays.hashCode(povertyLineFen),
        Arrays.hashCode(dibaoStandardFen));
  }

  @Override
  public String toString() {
    return "ColumnarPopulation[" + size() + " households, " + areaCount() + " areas]";
  }
}

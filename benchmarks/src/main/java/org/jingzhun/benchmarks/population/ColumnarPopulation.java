package org.jingzhun.benchmarks.population;

import java.util.Arrays;
import java.util.Objects;

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
 * <p>The arrays are owned by this object and never handed out; accessors read one element.
 * Instances are effectively immutable once built (the generator is the only writer).
 */
public final class ColumnarPopulation {

  private final long[] netIncomeFen;
  private final int[] members;
  private final short[] area;
  private final long[] povertyLineFen;
  private final long[] dibaoStandardFen;

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
    this.netIncomeFen = netIncomeFen;
    this.members = members;
    this.area = area;
    this.povertyLineFen = povertyLineFen;
    this.dibaoStandardFen = dibaoStandardFen;
  }

  /** Number of households. */
  public int size() {
    return netIncomeFen.length;
  }

  /** Number of areas (parameter rows). */
  public int areaCount() {
    return povertyLineFen.length;
  }

  /** Annual household net income of household {@code i}, in fen; negative for a net loss. */
  public long netIncomeFen(int i) {
    return netIncomeFen[i];
  }

  /** Member count of household {@code i}, at least 1. */
  public int members(int i) {
    return members[i];
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
      sum += netIncomeFen[i] + members[i] + povertyLineFen[a] + dibaoStandardFen[a];
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
    return Arrays.equals(netIncomeFen, that.netIncomeFen)
        && Arrays.equals(members, that.members)
        && Arrays.equals(area, that.area)
        && Arrays.equals(povertyLineFen, that.povertyLineFen)
        && Arrays.equals(dibaoStandardFen, that.dibaoStandardFen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(netIncomeFen),
        Arrays.hashCode(members),
        Arrays.hashCode(area),
        Arrays.hashCode(povertyLineFen),
        Arrays.hashCode(dibaoStandardFen));
  }

  @Override
  public String toString() {
    return "ColumnarPopulation[" + size() + " households, " + areaCount() + " areas]";
  }
}

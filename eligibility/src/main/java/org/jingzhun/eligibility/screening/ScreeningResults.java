package org.jingzhun.eligibility.screening;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCategory;

/**
 * 筛查结果列 (screening result columns): what {@link IncomeScreening} found for each household
 * of a register, held as two primitive columns: one byte per household (poor, dibao eligible)
 * and the monthly top-up in fen as an {@code int}, 5 bytes in all. An {@code int} holds up to
 * {@value #LARGEST_TOP_UP_FEN} fen (21,474,836.47 yuan) a month, far above any household's
 * top-up; the screening refuses a larger one rather than hold it wrongly. The category of a poor household follows from
 * the two, as the identification rules decide it for a household with labour and no deficit:
 * dibao when its income is below the dibao standard (it is eligible), general otherwise.
 *
 * <p>Mutable by design: a register of millions is screened into one instance, village by
 * village and, on several threads, range by range (each household's entry is written by
 * exactly one call). A household never screened reads as not poor, not eligible, no top-up.
 */
public final class ScreeningResults {

  /** Bit of the code byte: poor. */
  static final int POOR = 1;
  /** Bit of the code byte: dibao eligible. */
  static final int DIBAO_ELIGIBLE = 2;
  /** The largest monthly top-up the results hold, in fen. */
  public static final long LARGEST_TOP_UP_FEN = Integer.MAX_VALUE;
  /** The category of a poor household, by whether it is eligible for dibao. */
  private static final Optional<PovertyCategory> GENERAL = Optional.of(PovertyCategory.GENERAL);
  private static final Optional<PovertyCategory> DIBAO = Optional.of(PovertyCategory.DIBAO);

  private final byte[] code;
  private final int[] monthlyTopUpFen;

  /**
   * Results for {@code size} households, none screened yet.
   *
   * @param size the number of households, 0 or more
   */
  public ScreeningResults(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be ≥ 0 but was " + size);
    }
    this.code = new byte[size];
    this.monthlyTopUpFen = new int[size];
  }

  /** {@return number of households} */
  public int size() {
    return code.length;
  }

  /**
   * {@return whether household {@code i} is poor}
   *
   * @param i the household's index in the register, from 0
   */
  public boolean poor(int i) {
    return (code[i] & POOR) != 0;
  }

  /**
   * {@return the category of household {@code i} if it is poor}
   *
   * @param i the household's index in the register, from 0
   */
  public Optional<PovertyCategory> category(int i) {
    return poor(i) ? (dibaoEligible(i) ? DIBAO : GENERAL) : Optional.empty();
  }

  /**
   * {@return whether household {@code i} is eligible for dibao}
   *
   * @param i the household's index in the register, from 0
   */
  public boolean dibaoEligible(int i) {
    return (code[i] & DIBAO_ELIGIBLE) != 0;
  }

  /**
   * {@return the monthly dibao top-up of household {@code i} in fen; 0 when not eligible}
   *
   * @param i the household's index in the register, from 0
   */
  public long monthlyTopUpFen(int i) {
    return monthlyTopUpFen[i];
  }

  /** {@return the sum of all monthly top-ups, in fen} */
  public long totalMonthlyTopUpFen() {
    long total = 0;
    for (int topUp : monthlyTopUpFen) {
      total = Math.addExact(total, topUp);
    }
    return total;
  }

  /** {@return the number of households found poor} */
  public int poorCount() {
    int count = 0;
    for (byte c : code) {
      count += c & POOR;
    }
    return count;
  }

  /** The code column, written by {@link IncomeScreening} only. */
  byte[] codes() {
    return code;
  }

  /** The top-up column, written by {@link IncomeScreening} only. */
  int[] topUps() {
    return monthlyTopUpFen;
  }

  /** The code byte of a household. */
  static byte code(boolean poor, boolean dibaoEligible) {
    return (byte) ((poor ? POOR : 0) | (dibaoEligible ? DIBAO_ELIGIBLE : 0));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ScreeningResults)) {
      return false;
    }
    ScreeningResults that = (ScreeningResults) other;
    return Arrays.equals(code, that.code) && Arrays.equals(monthlyTopUpFen, that.monthlyTopUpFen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(code), Arrays.hashCode(monthlyTopUpFen));
  }

  @Override
  public String toString() {
    return "ScreeningResults[" + size() + " households]";
  }
}

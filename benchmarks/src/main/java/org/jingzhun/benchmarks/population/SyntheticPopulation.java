package org.jingzhun.benchmarks.population;

import java.util.SplittableRandom;

/**
 * 合成人口 (synthetic population): a deterministic register of households for benchmarks and
 * agreement tests, generated from a seed. The same size and seed always give the same
 * population.
 *
 * <p>The amounts are synthetic ranges chosen to put many households near the thresholds,
 * not policy values: 16 areas, poverty lines 2,500–4,500 yuan per person per year, dibao
 * standards 200–450 yuan per person per month, 1–8 members, per-capita income 0–10,000
 * yuan. Besides these, fixed shares of households sit exactly on the edges the rules must
 * get right: income exactly at the poverty line, exactly at the yearly dibao standard,
 * 1–11 fen below it (where the monthly top-up rounds up), and negative income.
 */
public final class SyntheticPopulation {

  /** Number of areas (parameter rows) in every generated population. */
  public static final int AREAS = 16;

  private static final long MIN_LINE_FEN = 250_000;
  private static final long MAX_LINE_FEN = 450_000;
  private static final long MIN_STANDARD_FEN = 20_000;
  private static final long MAX_STANDARD_FEN = 45_000;
  private static final int MAX_MEMBERS = 8;
  private static final long MAX_PER_CAPITA_INCOME_FEN = 1_000_000;
  private static final int MONTHS = 12;

  private SyntheticPopulation() {}

  /**
   * Generates {@code households} households from {@code seed}.
   *
   * @throws IllegalArgumentException if {@code households} is negative
   */
  public static ColumnarPopulation generate(int households, long seed) {
    if (households < 0) {
      throw new IllegalArgumentException("households must be ≥ 0 but was " + households);
    }
    SplittableRandom random = new SplittableRandom(seed);
    long[] line = new long[AREAS];
    long[] standard = new long[AREAS];
    for (int a = 0; a < AREAS; a++) {
      line[a] = random.nextLong(MIN_LINE_FEN, MAX_LINE_FEN + 1);
      standard[a] = random.nextLong(MIN_STANDARD_FEN, MAX_STANDARD_FEN + 1);
    }
    long[] income = new long[households];
    int[] members = new int[households];
    short[] area = new short[households];
    for (int i = 0; i < households; i++) {
      int a = random.nextInt(AREAS);
      int m = random.nextInt(1, MAX_MEMBERS + 1);
      area[i] = (short) a;
      members[i] = m;
      income[i] = income(random, m, line[a], standard[a]);
    }
    return new ColumnarPopulation(income, members, area, line, standard);
  }

  private static long income(SplittableRandom random, int members, long line, long standard) {
    int kind = random.nextInt(100);
    long yearlyStandard = standard * MONTHS * members;
    if (kind < 2) {
      return line * members; // exactly at the poverty line: not poor
    } else if (kind < 4) {
      return yearlyStandard; // exactly at the dibao standard: not eligible
    } else if (kind < 6) {
      return yearlyStandard - random.nextInt(1, MONTHS); // a few fen short: top-up rounds up
    } else if (kind < 7) {
      return -random.nextLong(1, MAX_PER_CAPITA_INCOME_FEN); // a loss-making year
    } else {
      return random.nextLong(0, MAX_PER_CAPITA_INCOME_FEN * members);
    }
  }
}

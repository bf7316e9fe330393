package org.jingzhun.benchmarks.population;

import java.util.SplittableRandom;
import org.jingzhun.benchmarks.library.ResolvedAreas;

/**
 * 合成人口 (synthetic population): a deterministic register of households for benchmarks and
 * agreement tests, generated from a seed. The same size, seed and areas always give the same
 * population.
 *
 * <p>The areas and their amounts are the library's ({@link ResolvedAreas}): each household
 * lives in one of its villages, drawn at random, and the households are then held village by
 * village (a stable sort by area, drawing order kept within a village), as a register is; and the population's area table holds the identification line
 * and dibao standard the library reports for that village. Households have 1–8 members and a
 * per-capita income of 0–10,000 yuan, chosen to put many near the thresholds. Besides these,
 * fixed shares sit exactly on the edges the rules must get right: income exactly at the poverty
 * line, exactly at the yearly dibao standard, 1–11 fen below it (where the half-up rounding of
 * the gap decides the top-up), zero income, and a net loss (negative income, whose top-up the
 * library caps at standard × members).
 */
public final class SyntheticPopulation {

  private static final int MAX_MEMBERS = 8;
  private static final long MAX_PER_CAPITA_INCOME_FEN = 1_000_000;
  private static final int MONTHS = 12;

  private SyntheticPopulation() {}

  /**
   * Generates {@code households} households from {@code seed} in the villages of {@code areas}.
   *
   * @throws IllegalArgumentException if {@code households} is negative
   */
  public static ColumnarPopulation generate(int households, long seed, ResolvedAreas areas) {
    return generate(households, seed, areas, HouseholdOrder.BY_VILLAGE);
  }

  /**
   * The same households as {@link #generate(int, long, ResolvedAreas)}, held in {@code order}.
   *
   * @throws IllegalArgumentException if {@code households} is negative
   */
  public static ColumnarPopulation generate(int households, long seed, ResolvedAreas areas, HouseholdOrder order) {
    if (households < 0) {
      throw new IllegalArgumentException("households must be ≥ 0 but was " + households);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int areaCount = areas.size();
    long[] line = new long[areaCount];
    long[] standard = new long[areaCount];
    for (int a = 0; a < areaCount; a++) {
      line[a] = areas.lineFen(a);
      standard[a] = areas.standardFen(a);
    }
    long[] drawnIncome = new long[households];
    int[] drawnMembers = new int[households];
    short[] drawnArea = new short[households];
    int[] perArea = new int[areaCount + 1];
    for (int i = 0; i < households; i++) {
      int a = random.nextInt(areaCount);
      int m = random.nextInt(1, MAX_MEMBERS + 1);
      drawnArea[i] = (short) a;
      drawnMembers[i] = m;
      drawnIncome[i] = income(random, m, line[a], standard[a]);
      perArea[a + 1]++;
    }
    if (order == HouseholdOrder.AS_DRAWN) {
      return new ColumnarPopulation(drawnIncome, drawnMembers, drawnArea, line, standard);
    }
    // kept village by village, as a register is: a stable counting sort by area
    for (int a = 0; a < areaCount; a++) {
      perArea[a + 1] += perArea[a];
    }
    long[] income = new long[households];
    int[] members = new int[households];
    short[] area = new short[households];
    for (int i = 0; i < households; i++) {
      int at = perArea[drawnArea[i]]++;
      income[at] = drawnIncome[i];
      members[at] = drawnMembers[i];
      area[at] = drawnArea[i];
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
      return yearlyStandard - random.nextInt(1, MONTHS); // a few fen short: rounding decides
    } else if (kind < 7) {
      return 0; // no income at all
    } else if (kind < 8) {
      return -random.nextLong(1, MAX_PER_CAPITA_INCOME_FEN); // a loss-making year
    } else {
      return random.nextLong(0, MAX_PER_CAPITA_INCOME_FEN * members);
    }
  }
}

package org.jingzhun.examples.research;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.examples.report.Progress;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.jingzhun.examples.report.Table;
import org.jingzhun.examples.report.TextTable;

/**
 * 名册收入筛查 — a research example: a synthetic register of {@value #DEFAULT_HOUSEHOLDS}
 * households in {@value #VILLAGES_PER_COUNTY} villages of each of Bazhong's five counties,
 * screened for identification and dibao with {@code eligibility}'s {@link IncomeScreening}
 * (village by village, on every core), under the shipped book on {@link #DATE} and with the
 * rural dibao standard raised 10 %; by county, who is poor, who falls in the dibao category, who
 * is eligible, and what the monthly top-ups cost under each. SYNTHETIC DATA: the households
 * (their incomes and sizes) are drawn from {@link #SEED}; every policy number is the shipped
 * book's (the 2014 line of 2,800 yuan a year, Sichuan's 190 yuan a month).
 *
 * <p>The screening takes every household to have labour and no guarantee deficit, as an income
 * survey would report them; households with deficits or without labour go through the rules
 * one at a time (the {@code prescription} command, for instance).
 */
public final class RegisterScreening {
  public static final String NAME = "register-screening";
  public static final String DESCRIPTION =
      "名册收入筛查 — 1,000,000 synthetic households of Bazhong screened for identification and dibao, the dibao standard as shipped and raised 10 %";
  /** The register's size. */
  static final int DEFAULT_HOUSEHOLDS = 1_000_000;
  static final int VILLAGES_PER_COUNTY = 10;
  static final long SEED = 20_151_201L;
  /** A date on which every parameter the two rules read is in force in the shipped book. */
  static final LocalDate DATE = LocalDate.of(2015, 12, 1);
  /** From when the reform raises the standard: the start of Sichuan's standard in force on {@link #DATE}. */
  static final LocalDate REFORM_FROM = LocalDate.of(2015, 7, 1);
  private static final List<String> COUNTIES = List.of("511902", "511903", "511921", "511922", "511923");
  private static final long MAX_PER_CAPITA_FEN = 2_400_000;
  private static final int MAX_MEMBERS = 6;

  private RegisterScreening() {}

  /** The example's inputs and their defaults. */
  public static final List<ExampleInputs.Input> INPUTS = List.of(
      new ExampleInputs.Input("households", String.valueOf(DEFAULT_HOUSEHOLDS), "households of the synthetic register"),
      new ExampleInputs.Input("seed", String.valueOf(SEED), "the seed of the register"),
      new ExampleInputs.Input("raise-percent", "10", "how much the rural dibao standard rises, in percent, from " + REFORM_FROM));

  /** Runs the example on {@code book} with {@value #DEFAULT_HOUSEHOLDS} households. */
  public static void run(PolicyBook book, PrintWriter out) {
    run(book, out, DEFAULT_HOUSEHOLDS);
  }

  static void run(PolicyBook book, PrintWriter out, int households) {
    run(book, ExampleInputs.parse(INPUTS, List.of("--households", String.valueOf(households))), out, Progress.quiet());
  }

  /** Runs the example on {@code book} with {@code inputs}, stepping {@code progress} once a village screened ({@link #steps()} in all). */
  public static void run(PolicyBook book, ExampleInputs inputs, PrintWriter out, Progress progress) {
    int households = (int) inputs.whole("households", 1, 50_000_000);
    long seed = inputs.whole("seed", 0, Long.MAX_VALUE);
    BigDecimal raise = inputs.decimal("raise-percent", new BigDecimal("-99"), new BigDecimal("1000"));
    // 1. The villages, and the register held village by village: village v has households [start[v], start[v + 1]).
    List<RegionCode> villages = villages();
    int[] start = new int[villages.size() + 1];
    RegisterColumns register = register(households, villages.size(), start, seed);
    // 2. The reform: every rural dibao standard in force from 2015-07-01 on × (1 + raise), rounded half-up to the fen.
    PolicyBook reformed = book.reform("农村低保标准提高" + raise.toPlainString() + "%")
        .scale(DibaoRules.STANDARD, BigDecimal.ONE.add(raise.movePointLeft(2)), REFORM_FROM, RoundingMode.HALF_UP).build();
    // 3. Each village screened by its own rules, villages in parallel (disjoint ranges of one result).
    ScreeningResults shipped = screen(book, villages, register, start, progress);
    ScreeningResults raised = screen(reformed, villages, register, start, progress);

    DibaoRules rules = DibaoRules.resolve(book, villages.get(0), DATE);
    DibaoRules reformedRules = DibaoRules.resolve(reformed, villages.get(0), DATE);
    out.println("SYNTHETIC DATA — a register drawn from seed " + seed + ", no real household");
    out.printf(Locale.ROOT, "%,d households in %d villages of 5 counties, screened on %s; dibao standard %s yuan a month as shipped, %s raised %s %%%n",
        households, villages.size(), DATE, rules.standardMonthly(), reformedRules.standardMonthly(), raise.toPlainString());
    Table.Builder table = Table.builder("by county (top-ups in yuan a month)", "county", "households", "poor",
        "dibao category", "eligible", "top-ups", "eligible +10 %", "top-ups +10 %", "change");
    for (int c = 0; c <= COUNTIES.size(); c++) {
      boolean total = c == COUNTIES.size();
      int from = total ? 0 : start[c * VILLAGES_PER_COUNTY];
      int to = total ? households : start[(c + 1) * VILLAGES_PER_COUNTY];
      Money before = topUps(shipped, from, to);
      Money after = topUps(raised, from, to);
      table.row(total ? "all" : COUNTIES.get(c), String.valueOf(to - from), String.valueOf(count(shipped, from, to, Count.POOR)),
          String.valueOf(count(shipped, from, to, Count.DIBAO_CATEGORY)), String.valueOf(count(shipped, from, to, Count.ELIGIBLE)),
          before.toString(), String.valueOf(count(raised, from, to, Count.ELIGIBLE)), after.toString(), after.minus(before).toString());
    }
    out.println(table.build().title() + ":");
    out.print(TextTable.render(table.build()));
    out.println("Every poor household below the dibao standard is in the dibao category, and no one eligible is");
    out.println("outside it: the yearly standard (2,280 yuan, 2,508 raised) is below the line (2,800 yuan).");
    out.flush();
  }

  static List<RegionCode> villages() {
    List<RegionCode> villages = new ArrayList<>();
    for (String county : COUNTIES) {
      for (int v = 0; v < VILLAGES_PER_COUNTY; v++) {
        villages.add(RegionCode.of(county + "101" + (201 + v)));
      }
    }
    return villages;
  }

  /** Households drawn village by village: 1–6 members, a per-capita income skewed low (the smaller of two draws), 1 % a loss. */
  static RegisterColumns register(int households, int villageCount, int[] start) {
    return register(households, villageCount, start, SEED);
  }

  private static RegisterColumns register(int households, int villageCount, int[] start, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] net = new long[households];
    int[] members = new int[households];
    for (int v = 0; v <= villageCount; v++) {
      start[v] = (int) ((long) households * v / villageCount);
    }
    for (int i = 0; i < households; i++) {
      int m = random.nextInt(1, MAX_MEMBERS + 1);
      long perCapita = Math.min(random.nextLong(MAX_PER_CAPITA_FEN), random.nextLong(MAX_PER_CAPITA_FEN));
      members[i] = m;
      net[i] = random.nextInt(100) == 0 ? -perCapita / 10 : perCapita * m;
    }
    return RegisterColumns.of(net, members);
  }

  /** {@return the progress steps of a run: each village screened twice} */
  public static int steps() {
    return 2 * villages().size();
  }

  private static ScreeningResults screen(PolicyBook book, List<RegionCode> villages, RegisterColumns register, int[] start, Progress progress) {
    ScreeningResults results = new ScreeningResults(register.size());
    IntStream.range(0, villages.size()).parallel().forEach(v -> {
      IncomeScreening.resolve(book, villages.get(v), DATE).screen(register, start[v], start[v + 1], results);
      progress.step();
    });
    return results;
  }

  private enum Count { POOR, DIBAO_CATEGORY, ELIGIBLE }

  private static int count(ScreeningResults r, int from, int to, Count what) {
    int n = 0;
    for (int i = from; i < to; i++) {
      boolean counted = switch (what) {
        case POOR -> r.poor(i);
        case DIBAO_CATEGORY -> r.category(i).filter(k -> k == PovertyCategory.DIBAO).isPresent();
        case ELIGIBLE -> r.dibaoEligible(i);
      };
      n += counted ? 1 : 0;
    }
    return n;
  }

  private static Money topUps(ScreeningResults r, int from, int to) {
    long fen = 0;
    for (int i = from; i < to; i++) {
      fen = Math.addExact(fen, r.monthlyTopUpFen(i));
    }
    return Money.ofFen(fen);
  }

  public static void main(String[] args) {
    run(PolicyBook.shipped(), new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
  }
}

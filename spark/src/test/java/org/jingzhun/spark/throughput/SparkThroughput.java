package org.jingzhun.spark.throughput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.columnar.ColumnarPrescription;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.eligibility.screening.IncomeScreening;
import org.jingzhun.eligibility.screening.RegisterColumns;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.jingzhun.spark.JingzhunSpark;
import org.jingzhun.spark.PolicyText;
import org.jingzhun.spark.example.GenerateRegister;
import org.jingzhun.testsupport.SyntheticHouseholds;

/**
 * Households a second per core, Spark {@code local[2]} against the local engine on two threads,
 * for screening and for the full prescription, rounds alternating. Spark's side starts from a
 * cached register of rows (each household read and checked from its row, then run in columns);
 * the local side from columns already built (screening: each village's income columns;
 * prescription: the population's columns), which is what each engine is given in use. Arguments:
 * households (default 200000), rounds (default 3). Run as BENCHMARKS.md shows.
 */
public final class SparkThroughput {
  private static final LocalDate DATE = SyntheticHouseholds.DATE;
  private static final int CORES = 2;

  private SparkThroughput() {}

  /**
   * Runs the rounds and prints one line a measurement.
   *
   * @param args households, rounds
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    SparkSession spark = SparkSession.builder().master("local[" + CORES + "]").appName("jingzhun-throughput")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    JingzhunSpark jingzhun = JingzhunSpark.of(spark, PolicyText.shipped());
    Dataset<Row> register = GenerateRegister.register(spark, n, 1L, 8).cache();
    System.out.println("register rows cached: " + register.count());
    SyntheticHouseholds generator = SyntheticHouseholds.bazhong(1L);
    PopulationColumns columns = generator.columns(n);
    Map<RegionCode, List<Household>> byVillage = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Household h = generator.household(i);
      byVillage.computeIfAbsent(h.village(), v -> new ArrayList<>()).add(h);
    }
    PolicyBook book = PolicyBook.shipped();
    ExecutorService pool = Executors.newFixedThreadPool(CORES);
    try {
      for (int r = 1; r <= rounds; r++) {
        report(r, "spark-screen", n, time(() -> jingzhun.screen(register, DATE).count()));
        report(r, "local-screen", n, time(() -> screenLocally(book, byVillage, pool)));
        report(r, "spark-prescribe", n, time(() -> jingzhun.prescribe(register, DATE).count()));
        report(r, "local-prescribe", n, time(() -> ColumnarPrescription.of(book, DATE, columns).totals(pool, 16).households()));
      }
    } finally {
      pool.shutdown();
      spark.stop();
    }
  }

  private static long screenLocally(PolicyBook book, Map<RegionCode, List<Household>> byVillage, ExecutorService pool) {
    List<CompletableFuture<Integer>> parts = new ArrayList<>();
    for (Map.Entry<RegionCode, List<Household>> v : byVillage.entrySet()) {
      List<Household> of = v.getValue();
      long[] net = of.stream().mapToLong(h -> h.netIncome().fen()).toArray();
      int[] members = of.stream().mapToInt(Household::size).toArray();
      RegisterColumns register = RegisterColumns.of(net, members);
      IncomeScreening screening = IncomeScreening.resolve(book, v.getKey(), DATE);
      parts.add(CompletableFuture.supplyAsync(() -> {
        ScreeningResults out = new ScreeningResults(register.size());
        screening.screen(register, 0, register.size(), out);
        return out.poorCount();
      }, pool));
    }
    return parts.stream().mapToLong(CompletableFuture::join).sum();
  }

  private interface Run {
    long run() throws Exception;
  }

  /** The wall time and the process's CPU time of one run, in nanoseconds. */
  private record Took(long wallNanos, long cpuNanos) {}

  private static Took time(Run run) throws Exception {
    long cpu = processCpuNanos();
    long start = System.nanoTime();
    run.run();
    return new Took(System.nanoTime() - start, processCpuNanos() - cpu);
  }

  /** The CPU time of every thread of this process (the JVM's, Spark's and the pool's), in nanoseconds. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void report(int round, String what, int n, Took took) {
    double perSecond = n / (took.wallNanos() / 1e9);
    System.out.printf("round %d %-16s %9d households %8.3f s %12.0f households/s %12.0f per core %8.3f s CPU %12.0f per CPU-second%n",
        round, what, n, took.wallNanos() / 1e9, perSecond, perSecond / CORES, took.cpuNanos() / 1e9, n / (took.cpuNanos() / 1e9));
  }
}

package org.jingzhun.benchmarks.cpu;

import org.jingzhun.benchmarks.prescription.PopulationPrescriptionBenchmarks;
import org.jingzhun.eligibility.columnar.ColumnarPrescription;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.testsupport.SyntheticHouseholds;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.lang.management.ThreadMXBean;
import java.util.function.LongSupplier;
import java.time.LocalDate;
import org.jingzhun.benchmarks.finance.FinanceBenchmarks;
import org.jingzhun.benchmarks.finance.LoanDefaults;
import org.jingzhun.benchmarks.finance.Microloans;
import org.jingzhun.benchmarks.library.PopulationDibao;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.jingzhun.benchmarks.library.ResolvedAreas;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.jingzhun.benchmarks.prescription.PrescriptionBenchmarks;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.benchmarks.policy.LargePolicyFiles;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.risk.LossAllocation;
import org.jingzhun.finance.risk.RiskSharingAgreement;
import org.jingzhun.finance.subsidy.InterestSubsidy;
import org.jingzhun.finance.subsidy.SubsidyPolicy;

/**
 * CPU 时间探针 (a CPU-time probe): a supplement to the JMH figures for a machine shared with
 * other work. It runs the same workloads as the JMH benchmarks on one thread and divides CPU
 * time, not the wall clock, by the items processed, so time spent waiting for a core is not
 * counted (cache and memory-bus contention from the neighbours still is). Two figures: the
 * whole process's CPU time ({@code OperatingSystemMXBean.getProcessCpuTime()}: the working
 * thread plus the garbage collector's and the JIT's threads, so the cost of allocation is
 * included) and the working thread's own ({@link ThreadMXBean#getCurrentThreadCpuTime()}).
 * Not a JMH benchmark: no fork isolation, warm-up by repetition; the median of the measured
 * rounds is reported.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.jingzhun.benchmarks.cpu.CpuTimeProbe}
 * (every workload), {@code ... CpuTimeProbe columnar} (the columnar prescription and its limit) or
 * {@code ... CpuTimeProbe policy} (loading {@code PolicyLoadBenchmark}'s 10 MiB policy file, YAML and JSON).
 */
public final class CpuTimeProbe {


  private CpuTimeProbe() {}

  /** Prints CPU microseconds per item (household, loan, default) for each workload. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (args.length > 0 && args[0].equals("columnar")) {
      columnar(threads);
      return;
    }
    if (args.length > 0 && args[0].equals("policy")) {
      policyFiles(threads);
      return;
    }
    PrescriptionRules rules = PrescriptionRules.resolve(
        PolicyBook.shipped(), PrescriptionBenchmarks.VILLAGE, PrescriptionBenchmarks.DATE);
    ImmutableList<PrescriptionCase> cases = PrescriptionBenchmarks.cases();
    probe(threads, "prescription, explanation off", 20 * cases.size(), 10, () -> {
      long n = 0;
      for (int r = 0; r < 20; r++) {
        for (PrescriptionCase c : cases) {
          n += rules.prescribe(c, Trace.off()).yearlyTotal().fen();
        }
      }
      return n;
    });
    probe(threads, "prescription, explanation on", 5 * cases.size(), 10, () -> {
      long n = 0;
      for (int r = 0; r < 5; r++) {
        for (PrescriptionCase c : cases) {
          RecordingTrace trace = Trace.recording(PrescriptionRules.RULE);
          n += rules.prescribe(c, trace).yearlyTotal().fen() + trace.explanation().hashCode();
        }
      }
      return n;
    });
    columnar(threads);
    ResolvedAreas areas = ResolvedAreas.shipped();
    ColumnarPopulation population = SyntheticPopulation.generate(1_000_000, 20_131_103L, areas);
    ScreeningResults results = new ScreeningResults(population.size());
    probe(threads, "identification + dibao, income screening", population.size(), 5, () -> {
      PopulationDibao.evaluate(population, areas, results);
      return results.totalMonthlyTopUpFen();
    });
    PolicyBook book = PolicyBook.shipped();
    SubsidyPolicy policy = SubsidyPolicy.povertyMicrocredit(book, Microloans.BAZHOU, LocalDate.of(2016, 1, 1));
    ImmutableList<LoanAccount> loans = Microloans.portfolio(100_000, 20_141_210L);
    probe(threads, "interest subsidy, per loan", loans.size(), 5, () -> {
      long total = 0;
      for (LoanAccount loan : loans) {
        total += InterestSubsidy.compute(loan.terms(), loan.history(), policy, book, FinanceBenchmarks.SUBSIDY_DATE)
            .totalSubsidy().fen();
      }
      return total;
    });
    RiskSharingAgreement agreement = LoanDefaults.sixFour();
    LoanDefaults defaults = LoanDefaults.generate(1_000_000, 20_160_101L);
    probe(threads, "loss allocation, per default", defaults.defaults().length, 5, () -> {
      long shortfall = 0;
      for (int i = 0; i < defaults.defaults().length; i++) {
        shortfall += LossAllocation.allocate(agreement, defaults.defaults()[i],
            Money.ofFen(defaults.fundBalanceFen()[i])).fundShortfall().fen();
      }
      return shortfall;
    });
  }

  /**
   * The full prescription over 10^6 households in columns, one thread, and the loop that only
   * reads the same columns ({@code java -cp ... CpuTimeProbe columnar} runs these alone).
   */
  private static void columnar(ThreadMXBean threads) {
    PopulationColumns columns = SyntheticHouseholds.bazhong(20_151_201L).columns(1_000_000);
    ColumnarPrescription prescription = ColumnarPrescription.of(PolicyBook.shipped(), SyntheticHouseholds.DATE, columns);
    probe(threads, "full prescription, columnar", columns.size(), 5,
        () -> prescription.totals().yearlyTotal().fen());
    probe(threads, "read-only loop over the same columns", columns.size(), 5,
        () -> PopulationPrescriptionBenchmarks.read(columns, 0, columns.size()));
  }

  /**
   * Loading the 10 MiB policy file of {@code PolicyLoadBenchmark} (parsed, every value checked,
   * every timeline built), in YAML and in JSON: one item is one load.
   */
  private static void policyFiles(ThreadMXBean threads) {
    for (String format : List.of("yaml", "json")) {
      String text = format.equals("yaml") ? LargePolicyFiles.yamlOfSize(LargePolicyFiles.TEN_MB, 60)
          : LargePolicyFiles.jsonOfSize(LargePolicyFiles.TEN_MB, 60);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      probe(threads, "policy file, " + format + ", " + bytes.length + " bytes", 1, 5, () -> PolicyBook.load(
          PolicyFile.of("large." + format, new ByteArrayInputStream(bytes))).parameters().size());
    }
  }

  private static void probe(ThreadMXBean threads, String name, long items, int rounds, LongSupplier work) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long sink = 0;
    long[] process = new long[rounds];
    long[] thread = new long[rounds];
    long[] wall = new long[rounds];
    for (int r = 0; r < 2 * rounds; r++) {
      long processStart = os.getProcessCpuTime();
      long threadStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      sink += work.getAsLong();
      if (r >= rounds) {
        wall[r - rounds] = System.nanoTime() - wallStart;
        thread[r - rounds] = threads.getCurrentThreadCpuTime() - threadStart;
        process[r - rounds] = os.getProcessCpuTime() - processStart;
      }
    }
    System.out.printf("%-40s µs per item, median of %d rounds of %,d: process CPU %,.3f, thread CPU %,.3f, wall %,.3f (%d)%n",
        name, rounds, items, median(process) / 1e3 / items, median(thread) / 1e3 / items, median(wall) / 1e3 / items,
        sink & 1);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

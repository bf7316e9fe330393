package org.jingzhun.benchmarks.prescription;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.columnar.ColumnarPrescription;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.eligibility.columnar.PopulationRow;
import org.jingzhun.testsupport.SyntheticHouseholds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 全量处方 (the full prescription of a province): {@link ColumnarPrescription#totals} over
 * {@value #HOUSEHOLDS} households in {@link PopulationColumns} — identification, the primary
 * batch, dibao or extreme-poverty support with add-ons, education by member, the renovation grant
 * and the personal-share cap, by the same rule code as the per-household prescription — on one
 * thread and on a two-thread pool (16 contiguous parts); beside it the limit, a loop that only
 * reads the same columns (every household's income, members, flags, and every member's birth
 * day and attributes, through the same cursor) and sums them. Households per second.
 *
 * <p>The households: the first {@value #DISTINCT} of the test-support generator (seed 20151201,
 * sixteen Bazhong villages, 300 households a village), added {@value #REPEATS} times in order, so
 * that the population is built in seconds; the rows are distinct objects in memory, only their
 * values repeat.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PopulationPrescriptionBenchmarks {
  /** Households generated. */
  public static final int DISTINCT = 1_000_000;
  /** Times they are added. */
  public static final int REPEATS = 10;
  /** Households in the population. */
  public static final int HOUSEHOLDS = DISTINCT * REPEATS;
  /** Parts of the two-thread run. */
  public static final int PARTS = 16;

  /** The population, its prescription and a two-thread pool. */
  @State(Scope.Benchmark)
  public static class Province {
    PopulationColumns columns;
    ColumnarPrescription prescription;
    ExecutorService pool;

    @Setup(Level.Trial)
    public void build() {
      columns = province();
      prescription = ColumnarPrescription.of(PolicyBook.shipped(), SyntheticHouseholds.DATE, columns);
      pool = Executors.newFixedThreadPool(2);
    }

    @TearDown(Level.Trial)
    public void stop() {
      pool.shutdown();
    }
  }

  /** {@return the benchmark's population: {@value #DISTINCT} generated households added {@value #REPEATS} times} */
  public static PopulationColumns province() {
    SyntheticHouseholds generator = SyntheticHouseholds.bazhong(20_151_201L);
    List<Household> distinct = new ArrayList<>(DISTINCT);
    for (int i = 0; i < DISTINCT; i++) {
      distinct.add(generator.household(i));
    }
    PopulationColumns.Builder b = PopulationColumns.builder();
    for (int r = 0; r < REPEATS; r++) {
      distinct.forEach(b::add);
    }
    return b.build();
  }

  /** The library: the full prescription of every household, one thread. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public Object fullPrescription(Province p) {
    return p.prescription.totals();
  }

  /** The library on the caller's two-thread pool, 16 parts. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public Object fullPrescriptionTwoThreads(Province p) {
    return p.prescription.totals(p.pool, PARTS);
  }

  /** The limit: every column the rules read, read once and summed, one thread. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long readOnlyLimit(Province p) {
    return read(p.columns, 0, HOUSEHOLDS);
  }

  /** The limit on the two-thread pool, the same 16 parts. */
  @Benchmark
  @OperationsPerInvocation(HOUSEHOLDS)
  public long readOnlyLimitTwoThreads(Province p) throws Exception {
    List<java.util.concurrent.Future<Long>> parts = new ArrayList<>(PARTS);
    for (int k = 0; k < PARTS; k++) {
      int from = (int) ((long) HOUSEHOLDS * k / PARTS);
      int to = (int) ((long) HOUSEHOLDS * (k + 1) / PARTS);
      parts.add(p.pool.submit(() -> read(p.columns, from, to)));
    }
    long sum = 0;
    for (java.util.concurrent.Future<Long> f : parts) {
      sum += f.get();
    }
    return sum;
  }

  /** Sums every fact the rules read of households {@code from} to {@code to}. */
  public static long read(PopulationColumns columns, int from, int to) {
    PopulationRow row = columns.cursor();
    long sum = 0;
    for (int i = from; i < to; i++) {
      row.at(i);
      sum += row.villageIndex() + row.netIncomeFen() + row.housing().ordinal() + (row.safeDrinkingWater() ? 1 : 0)
          + (row.hasLivelihoodIncome() ? 2 : 0) + (row.registeredPoor() ? 4 : 0);
      for (int m = 0, n = row.members(); m < n; m++) {
        sum += row.birthEpochDay(m) + row.labourCapacity(m).ordinal() + row.health(m).ordinal()
            + (row.inSchool(m) ? 1 : 0) + (row.boarding(m) ? 2 : 0) + (row.insured(m) ? 4 : 0) + (row.severeDisability(m) ? 8 : 0);
      }
    }
    return sum;
  }
}

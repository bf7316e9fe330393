package org.jingzhun.benchmarks.population;

import java.util.concurrent.TimeUnit;
import org.jingzhun.benchmarks.HeadlineBenchmarks;
import org.jingzhun.benchmarks.library.PopulationDibao;
import org.jingzhun.benchmarks.library.ResolvedAreas;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 户序的影响 (what the households' order costs): the headline's library and limit loops, one
 * thread, over the same 10^7 households held village by village (as the headline holds them)
 * and in the order drawn, where nearly every household starts a new village run and so a new
 * call of the village's screening.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PopulationOrderBenchmarks {

  /** The population in one order, its resolved rules and result columns. */
  @State(Scope.Benchmark)
  public static class Ordered {
    @Param({"BY_VILLAGE", "AS_DRAWN"})
    HouseholdOrder order;

    ResolvedAreas areas;
    ColumnarPopulation population;
    ScreeningResults results;

    @Setup(Level.Trial)
    public void generate() {
      areas = ResolvedAreas.shipped();
      population = SyntheticPopulation.generate(HeadlineBenchmarks.POPULATION, HeadlineBenchmarks.SEED, areas, order);
      results = new ScreeningResults(HeadlineBenchmarks.POPULATION);
    }
  }

  /** The library's screening, run by run of one village. */
  @Benchmark
  @OperationsPerInvocation(HeadlineBenchmarks.POPULATION)
  public void library(Ordered state) {
    PopulationDibao.evaluateRange(state.population, state.areas, state.results, 0, HeadlineBenchmarks.POPULATION);
  }

  /** The read-only limit over the same order. */
  @Benchmark
  @OperationsPerInvocation(HeadlineBenchmarks.POPULATION)
  public long readOnlyLimit(Ordered state) {
    return state.population.sumOfRuleInputs(0, HeadlineBenchmarks.POPULATION);
  }
}

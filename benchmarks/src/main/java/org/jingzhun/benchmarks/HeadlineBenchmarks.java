package org.jingzhun.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jingzhun.benchmarks.library.PopulationDibao;
import org.jingzhun.benchmarks.library.ResolvedAreas;
import org.jingzhun.benchmarks.peer.DmnDibaoPeer;
import org.jingzhun.benchmarks.peer.FeelMode;
import org.jingzhun.benchmarks.population.ColumnarPopulation;
import org.jingzhun.benchmarks.population.SyntheticPopulation;
import org.jingzhun.eligibility.screening.ScreeningResults;
import org.kie.dmn.api.core.DMNContext;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 头条对比 (the headline comparison): identification and dibao over one synthetic population
 * of 10^7 households in the shipped Bazhong villages, run by the library's own rules (the
 * primitive entry points of the resolved {@code IdentificationRules} and {@code DibaoRules},
 * one thread and two), by the DMN peer, and the read-only limit, all in one JMH run. Every
 * score is households per second (one operation is one household), so the ratios are read
 * straight off the table.
 *
 * <p>The library and the limit cover the whole population per invocation. The DMN peer is
 * slower, so each of its invocations evaluates the next {@value #DMN_BATCH} households of the
 * same population, walking through it from one invocation to the next.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HeadlineBenchmarks {

  /** Households in the population: 10^7, the scale. */
  public static final int POPULATION = 10_000_000;

  /**
   * Parts the two-thread benchmarks split the population into (contiguous ranges, queued on the
   * two-thread pool): more parts than threads, so that a thread slowed by the machine's
   * neighbours takes fewer of them; library and limit are split alike.
   */
  public static final int PARTS = 16;

  /** Households per DMN invocation. */
  public static final int DMN_BATCH = 1_000;

  /** Seed of the synthetic population. */
  public static final long SEED = 20_131_103L; // 2013-11-03, "精准扶贫" first proposed

  /** The resolved rules, the population, its result columns and a two-thread pool, shared by all threads. */
  @State(Scope.Benchmark)
  public static class PopulationState {
    ResolvedAreas areas;
    ColumnarPopulation population;
    ScreeningResults results;
    ExecutorService twoThreads;

    @Setup(Level.Trial)
    public void generate() {
      areas = ResolvedAreas.shipped();
      population = SyntheticPopulation.generate(POPULATION, SEED, areas);
      results = new ScreeningResults(POPULATION);
      twoThreads = Executors.newFixedThreadPool(2);
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
      twoThreads.shutdownNow();
    }
  }

  /** The compiled DMN model, a prepared context and where the next batch starts. */
  @State(Scope.Thread)
  public static class DmnState {
    @Param({"INTERPRETED", "COMPILED"})
    FeelMode feel;

    DmnDibaoPeer peer;
    DMNContext context;
    int next;

    @Setup(Level.Trial)
    public void compile() {
      peer = DmnDibaoPeer.load(feel);
      context = peer.newContext();
      next = 0;
    }
  }

  /**
   * The DMN peer on Drools, one household at a time with a prepared context. It warms up
   * much longer (10 × 2 s) than the rest: on two cores Drools' large code base is still
   * being compiled by the JIT after 10 s, and a peer measured before it is warm would
   * flatter the ratio.
   */
  @Benchmark
  @OperationsPerInvocation(DMN_BATCH)
  @Warmup(iterations = 10, time = 2)
  public long dmnPeer(PopulationState state, DmnState dmn) {
    ColumnarPopulation population = state.population;
    int from = dmn.next;
    long topUps = 0;
    for (int i = from; i < from + DMN_BATCH; i++) {
      topUps += dmn.peer
          .decide(
              dmn.context,
              population.netIncomeFen(i),
              population.members(i),
              population.povertyLineFen(i),
              population.dibaoStandardFen(i))
          .monthlyTopUpFen();
    }
    dmn.next = from + 2 * DMN_BATCH > POPULATION ? 0 : from + DMN_BATCH;
    return topUps;
  }

  /**
   * The library's own rules (IdentificationRules, DibaoRules, resolved once per village) on one
   * thread, through their primitive entry points: the whole population, no allocation per
   * household.
   */
  @Benchmark
  @OperationsPerInvocation(POPULATION)
  public void library(PopulationState state) {
    PopulationDibao.evaluateRange(state.population, state.areas, state.results, 0, POPULATION);
  }

  /** The same on two threads, the population split into {@value #PARTS} contiguous parts. */
  @Benchmark
  @OperationsPerInvocation(POPULATION)
  public void libraryTwoThreads(PopulationState state) {
    PopulationDibao.evaluateInParallel(
        state.population, state.areas, state.results, 0, POPULATION, state.twoThreads, PARTS);
  }

  /** The limit: one thread reading (summing) every field the rules read, no rule. */
  @Benchmark
  @OperationsPerInvocation(POPULATION)
  public long readOnlyLimit(PopulationState state) {
    return state.population.sumOfRuleInputs(0, POPULATION);
  }

  /** The limit on two threads, over the same {@value #PARTS} contiguous parts as the library. */
  @Benchmark
  @OperationsPerInvocation(POPULATION)
  public long readOnlyLimitTwoThreads(PopulationState state) throws Exception {
    ColumnarPopulation population = state.population;
    List<Future<Long>> sums = new ArrayList<>(PARTS);
    for (int k = 0; k < PARTS; k++) {
      int from = PopulationDibao.rangeStart(POPULATION, PARTS, k);
      int to = PopulationDibao.rangeStart(POPULATION, PARTS, k + 1);
      sums.add(state.twoThreads.submit(() -> population.sumOfRuleInputs(from, to)));
    }
    long sum = 0;
    for (Future<Long> part : sums) {
      sum += part.get();
    }
    return sum;
  }
}

package org.jingzhun.benchmarks.prescription;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.jingzhun.benchmarks.library.ResolvedAreas;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 一户一策 (one household's full prescription): the library's {@link PrescriptionRules}
 * (identification, five batches, dibao or extreme-poverty support, education, housing grant,
 * medical cap), resolved once for a Bazhou village, over {@value #CASES} generated households
 * that it can prescribe on {@link #DATE};
 * the score is microseconds per household. With the explanation off ({@link Trace#off()}) and
 * on (a {@link RecordingTrace} per household, and its {@code Explanation} built; the text is
 * not rendered). Warm-up 8 × 1 s: in a first run with 3 × 1 s the last warm-up iterations were
 * still slower than the measured ones.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class PrescriptionBenchmarks {

  /** Households walked through per invocation. */
  public static final int CASES = 1_024;

  /**
   * The date, {@link ResolvedAreas#DATE} (2015-12-01): the only date on which the shipped
   * parameters let the library prescribe for most Bazhou households (line of 2014 2,800 yuan,
   * Sichuan dibao 190 yuan a month, the five-batches table). Even then a poor household in a
   * grade C or D dwelling (renovation grants from 2016-01-01) or under extreme-poverty support
   * (multiple from 2016-10-01) is refused; such cases are skipped when the cases are drawn. No
   * later date does better: in 2019 the lagged line of 2018 is missing, in 2020 the dibao
   * standard, and from 2020-03-20 monitoring needs the year's line, shipped only for 2020.
   */
  public static final LocalDate DATE = ResolvedAreas.DATE;

  /** A village of Bazhou District. */
  public static final RegionCode VILLAGE = RegionCode.of("511902101201");

  /** The resolved rules and the cases. */
  @State(Scope.Benchmark)
  public static class Cases {
    PrescriptionRules rules;
    ImmutableList<PrescriptionCase> cases;

    @Setup(Level.Trial)
    public void resolve() {
      rules = PrescriptionRules.resolve(PolicyBook.shipped(), VILLAGE, DATE);
      cases = PrescriptionCases.prescribable(CASES, 20_151_201L, VILLAGE, DATE, rules).cases();
    }
  }

  /** The prescription of each household, explanation off. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void explanationOff(Cases state, Blackhole bh) {
    PrescriptionRules rules = state.rules;
    for (PrescriptionCase c : state.cases) {
      bh.consume(rules.prescribe(c, Trace.off()));
    }
  }

  /** The prescription of each household with its explanation recorded and built. */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void explanationOn(Cases state, Blackhole bh) {
    PrescriptionRules rules = state.rules;
    for (PrescriptionCase c : state.cases) {
      RecordingTrace trace = Trace.recording(PrescriptionRules.RULE);
      bh.consume(rules.prescribe(c, trace));
      bh.consume(trace.explanation());
    }
  }
}

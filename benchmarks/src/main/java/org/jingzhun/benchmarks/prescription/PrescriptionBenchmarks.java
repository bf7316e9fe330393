package org.jingzhun.benchmarks.prescription;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
 * medical cap), resolved once for a Bazhou village, over {@value #CASES} generated households;
 * the score is microseconds per household. With the explanation off ({@link Trace#off()}) and
 * on (a {@link RecordingTrace} per household, and its {@code Explanation} built; the text is
 * not rendered).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PrescriptionBenchmarks {

  /** Households walked through per invocation. */
  public static final int CASES = 1_024;

  /**
   * The date: every shipped parameter the prescription can read for Bazhou is in force (line of
   * 2020 4,000 yuan; Sichuan dibao 415 yuan a month from 2021-12-01; renovation grants from
   * 2016; extreme-poverty support multiple from 2016-10-01; medical personal-share cap;
   * monitoring from 2020-03-20). On 2015-12-01 a poor household in a grade C or D dwelling or
   * under extreme-poverty support cannot be prescribed: the grant and the multiple are not yet
   * in force (a test shows it).
   */
  public static final LocalDate DATE = LocalDate.of(2021, 12, 15);

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
      cases = PrescriptionCases.generate(CASES, 20_211_215L, VILLAGE, DATE);
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

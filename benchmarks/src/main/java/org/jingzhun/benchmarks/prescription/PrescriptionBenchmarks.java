package org.jingzhun.benchmarks.prescription;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jingzhun.testsupport.SyntheticHouseholds;
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
 * medical cap), resolved once for a Bazhou village, over {@value #CASES} households of the
 * test-support generator ({@link SyntheticHouseholds}) on {@link #DATE};
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
   * The date, {@link ResolvedAreas#DATE} (2015-12-01), kept so that the figures compare with
   * earlier runs. The shipped book now answers every case on every date 2014–2025 (grades C and
   * D and extreme-poverty support included, with estimated values where no document was found).
   */
  public static final LocalDate DATE = ResolvedAreas.DATE;

  /** A village of Bazhou District. */
  public static final RegionCode VILLAGE = RegionCode.of("511902101201");

  /**
   * {@return the first {@value #CASES} households of the test-support generator in {@link #VILLAGE}
   * on {@link #DATE} (seed 20151201)}
   */
  public static ImmutableList<PrescriptionCase> cases() {
    SyntheticHouseholds households = SyntheticHouseholds.of(20_151_201L, List.of(VILLAGE), DATE);
    return IntStream.range(0, CASES).mapToObj(i -> PrescriptionCase.of(households.household(i)))
        .collect(ImmutableList.toImmutableList());
  }

  /** The resolved rules and the cases. */
  @State(Scope.Benchmark)
  public static class Cases {
    PrescriptionRules rules;
    ImmutableList<PrescriptionCase> cases;

    @Setup(Level.Trial)
    public void resolve() {
      rules = PrescriptionRules.resolve(PolicyBook.shipped(), VILLAGE, DATE);
      cases = cases();
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

  /**
   * The convenient call an embedder writes, {@code PrescriptionRules.compute(case, book, date)}
   * for each household: the rules are looked up by (book, village, date) every time.
   */
  @Benchmark
  @OperationsPerInvocation(CASES)
  public void convenientCall(Cases state, Blackhole bh) {
    PolicyBook book = PolicyBook.shipped();
    for (PrescriptionCase c : state.cases) {
      bh.consume(PrescriptionRules.compute(c, book, DATE));
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

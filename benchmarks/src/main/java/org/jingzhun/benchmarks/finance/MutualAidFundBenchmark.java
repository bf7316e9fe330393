package org.jingzhun.benchmarks.finance;

import java.util.concurrent.TimeUnit;
import org.jingzhun.finance.revolving.MutualAidFund;
import org.jingzhun.finance.revolving.MutualAidStatement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 互助资金 (village mutual-aid fund) at scale: building a fund of {@code loans} loans (which checks
 * every rule: limits, terms, repayments, cash day by day) and its year's statement (every loan's
 * usage fee from its repayments). Target: 10^5 loans well under 2 s each; both were quadratic in
 * loans before (over 120 s at 10^5). One fund is one invocation ({@link Mode#SingleShotTime}), in
 * seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class MutualAidFundBenchmark {

  /** The fund's parts, generated once; and the fund built from them. */
  @State(Scope.Benchmark)
  public static class Fund {
    @Param({"100000"})
    public int loans;

    MutualAidFund.Builder parts;
    MutualAidFund built;

    @Setup(Level.Trial)
    public void generate() {
      parts = MutualAidFunds.fund(loans, 20_190_101L);
      built = parts.build();
    }
  }

  @Benchmark
  public MutualAidFund build(Fund f) {
    return f.parts.build();
  }

  @Benchmark
  public MutualAidStatement statement(Fund f) {
    return f.built.statement(MutualAidFunds.YEAR);
  }
}

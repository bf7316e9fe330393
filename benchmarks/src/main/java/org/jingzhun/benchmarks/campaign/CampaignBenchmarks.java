package org.jingzhun.benchmarks.campaign;

import java.util.concurrent.TimeUnit;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 六年攻坚模拟 (a six-year campaign): {@code planning}'s {@link CampaignSimulation} over
 * {@value #HOUSEHOLDS} households in {@value #VILLAGES} villages, 2016–2021, on every available
 * processor, timed once per run in seconds. The fork's heap is capped at 2 GiB
 * ({@code -Xmx2g}), the bound, so a run that completes stayed within it — scenario,
 * population copy and results included.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CampaignBenchmarks {

  /** Households simulated. */
  public static final int HOUSEHOLDS = 1_000_000;

  /** Villages of the district. */
  public static final int VILLAGES = 1_000;

  /** The scenario, generated once. */
  @State(Scope.Benchmark)
  public static class District {
    Scenario scenario;

    @Setup(Level.Trial)
    public void generate() {
      scenario = CampaignScenarios.scenario(VILLAGES, HOUSEHOLDS, 20_151_129L);
    }
  }

  /** The whole campaign; returns the result so nothing is optimised away. */
  @Benchmark
  public CampaignResult sixYears(District district) {
    return CampaignSimulation.run(district.scenario);
  }
}

package org.jingzhun.planning.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.ProgressListener;

/**
 * 蒙特卡洛 — runs one scenario several times with different seeds of its draws (shocks, take-up,
 * returns to poverty; the households, rules and plan stay the same) and gives the band of every
 * headline. Run 0 has the scenario's own seed, so it is the single run; run {@code i > 0} has
 * the {@code i}-th number of a {@link SplittableRandom} seeded with the scenario's seed. Each run
 * is one task given to the caller's executor and runs on that task's thread alone; each is
 * reduced to its headline series as it finishes, so that no more than the running runs' full
 * results are alive at once. The bands do not depend on the executor or its number of threads.
 */
public final class MonteCarlo {
  private MonteCarlo() {}

  /**
   * Runs {@code scenario} {@code runs} times on {@code executor}.
   *
   * @param scenario the scenario; its seed is run 0's
   * @param runs the number of runs, at least 1
   * @param executor runs each run as one task; not shut down. It must not be the thread that
   *     calls this method alone (the caller waits for the runs)
   * @param listener told as each run completes, on the executor's threads
   * @return the band of every headline, year by year
   * @throws IllegalArgumentException if {@code runs} is below 1
   * @throws org.jingzhun.core.validation.ValidationException as {@link CampaignSimulation#run} does;
   *     the first failed run in run order throws
   */
  public static RunBands run(Scenario scenario, int runs, Executor executor, RunListener listener) {
    List<Long> seeds = seeds(scenario.seed(), runs);
    List<Scenario> seeded = seeds.stream().<Scenario>map(seed -> Scenario.builder().from(scenario).seed(seed).build()).toList();
    return RunBands.of(seeds, runEach(seeded, executor, listener));
  }

  /**
   * Runs each of {@code scenarios} once on {@code executor}, each as one task on that task's
   * thread alone, and reduces each to its headlines as it finishes — the runs of a sweep over a
   * grid of parameter values, say. The result does not depend on the executor.
   *
   * @param scenarios the scenarios, at least one; their headlines must be alike (the same years,
   *     programmes and funding sources) if they are to be set side by side
   * @param executor runs each as one task; not shut down; not the calling thread alone
   * @param listener told as each run completes (its number is its index), on the executor's threads
   * @return each scenario's headlines, in the scenarios' order
   * @throws org.jingzhun.core.validation.ValidationException as {@link CampaignSimulation#run}
   *     does; the first failed run in order throws
   */
  public static List<RunHeadlines> runEach(List<Scenario> scenarios, Executor executor, RunListener listener) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(listener, "listener");
    List<CompletableFuture<RunHeadlines>> tasks = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      int run = i;
      Scenario scenario = scenarios.get(i);
      tasks.add(CompletableFuture.supplyAsync(() -> {
        CampaignResult result = CampaignSimulation.run(scenario, ProgressListener.none(), 1);
        listener.runCompleted(run, result);
        return RunHeadlines.of(result);
      }, executor));
    }
    // wait for every run, failed or not, so that no task outlives the call
    CompletableFuture.allOf(tasks.toArray(new CompletableFuture<?>[0])).exceptionally(e -> null).join();
    List<RunHeadlines> out = new ArrayList<>();
    for (CompletableFuture<RunHeadlines> t : tasks) {
      out.add(join(t));
    }
    return out;
  }

  /**
   * {@return the seeds of {@code runs} runs of a scenario seeded {@code seed}: {@code seed} first,
   * then the numbers of a {@link SplittableRandom} seeded with it}
   *
   * @param seed the scenario's seed
   * @param runs the number of runs, at least 1
   * @throws IllegalArgumentException if {@code runs} is below 1
   */
  public static List<Long> seeds(long seed, int runs) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1 but was " + runs);
    }
    List<Long> out = new ArrayList<>();
    out.add(seed);
    SplittableRandom next = new SplittableRandom(seed);
    while (out.size() < runs) {
      out.add(next.nextLong());
    }
    return List.copyOf(out);
  }

  private static RunHeadlines join(CompletableFuture<RunHeadlines> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}

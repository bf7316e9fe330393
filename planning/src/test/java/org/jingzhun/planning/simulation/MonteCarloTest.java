package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.uncertainty.Band;
import org.jingzhun.planning.uncertainty.HeadlineBands;
import org.jingzhun.planning.uncertainty.MonteCarlo;
import org.jingzhun.planning.uncertainty.RunBands;
import org.jingzhun.planning.uncertainty.RunListener;
import org.junit.jupiter.api.Test;

class MonteCarloTest {
  private static final Scenario SCENARIO = GeneratedDistricts.scenario(4, 3_000, 11).build();

  @Test
  void theBandsDoNotDependOnTheThreads() throws InterruptedException {
    ExecutorService one = Executors.newSingleThreadExecutor();
    ExecutorService three = Executors.newFixedThreadPool(3);
    try {
      RunBands a = MonteCarlo.run(SCENARIO, 5, one, RunListener.none());
      RunBands b = MonteCarlo.run(SCENARIO, 5, three, RunListener.none());
      assertEquals(a, b);
    } finally {
      one.shutdown();
      three.shutdown();
    }
    assertTrue(three.awaitTermination(10, TimeUnit.SECONDS));
  }

  @Test
  void oneRunIsTheSingleRunAndItsBandIsItsValue() {
    CampaignResult single = CampaignSimulation.run(SCENARIO, ProgressListener.none(), 1);
    RunBands bands = MonteCarlo.run(SCENARIO, 1, Runnable::run, RunListener.none());
    for (YearResult y : single.years()) {
      assertEquals(new Band<>(y.poorPersons(), y.poorPersons(), y.poorPersons()),
          bands.count("poor_persons").orElseThrow().byYear().get(y.year()));
      Money dibao = y.spendingByProgramme().get(Programme.DIBAO);
      assertEquals(new Band<>(dibao, dibao, dibao), bands.amount("spending_dibao").orElseThrow().byYear().get(y.year()));
    }
  }

  @Test
  void eachRunHasItsOwnSeedAndTheMedianIsOneOfTheRuns() {
    List<Long> seeds = MonteCarlo.seeds(SCENARIO.seed(), 5);
    assertEquals(SCENARIO.seed(), seeds.get(0));
    assertEquals(5, seeds.stream().distinct().count());
    ConcurrentHashMap<Integer, Long> poorAtEnd = new ConcurrentHashMap<>();
    RunBands bands = MonteCarlo.run(SCENARIO, 5, Runnable::run,
        (run, result) -> poorAtEnd.put(run, result.years().get(result.years().size() - 1).poorPersons()));
    assertEquals(seeds, bands.seeds());
    HeadlineBands<Long> poor = bands.count("poor_persons").orElseThrow();
    int last = poor.byYear().lastKey();
    // n = 5: p5 → rank ⌈0.25⌉ = 1 (the least), p50 → ⌈2.5⌉ = 3, p95 → ⌈4.75⌉ = 5 (the most)
    List<Long> sorted = poorAtEnd.values().stream().sorted().toList();
    assertEquals(new Band<>(sorted.get(0), sorted.get(2), sorted.get(4)), poor.byYear().get(last));
    assertNotEquals(sorted.get(0), sorted.get(4), "different seeds draw different shocks");
  }

  @Test
  void everyHeadlineIsThereForEveryYear() {
    RunBands bands = MonteCarlo.run(SCENARIO, 2, Runnable::run, RunListener.none());
    for (String name : List.of("poor_households", "poor_persons", "exited_persons", "returning_persons", "dibao_households",
        "dibao_persons", "villages_delisted")) {
      assertEquals(SCENARIO.plan().years(), List.copyOf(bands.count(name).orElseThrow().byYear().keySet()), name);
    }
    for (String name : List.of("spending_total", "spending_dibao", "spending_medical", "spending_education", "spending_housing",
        "spending_projects")) {
      assertTrue(bands.amount(name).isPresent(), name);
    }
    assertEquals(SCENARIO.plan().sources().size(), bands.amounts().stream().filter(b -> b.headline().name().startsWith("source_")).count());
  }

  @Test
  void noRunsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.run(SCENARIO, 0, Runnable::run, RunListener.none()));
  }
}

package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Share;
import org.jingzhun.planning.scenario.Scenario;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  private static final Scenario SCENARIO = GeneratedDistricts.scenario(6, 30_000, 7).build();

  private static String json(CampaignResult r) {
    return JingzhunJson.write(r);
  }

  @Test
  void twoRunsWithTheSameSeedGiveByteIdenticalJson() {
    assertEquals(json(CampaignSimulation.run(SCENARIO)), json(CampaignSimulation.run(SCENARIO)));
  }

  @Test
  void oneThreadAndFourThreadsGiveTheSameResult() {
    String sequential = json(CampaignSimulation.run(SCENARIO, ProgressListener.none(), 1));
    String parallel = json(CampaignSimulation.run(SCENARIO, ProgressListener.none(), 4));
    assertEquals(sequential, parallel);
  }

  @Test
  void aSingleThreadExecutorAndAPoolGiveTheSameResultAsTheCallersThread() throws InterruptedException {
    String callersThread = json(CampaignSimulation.run(SCENARIO, ProgressListener.none(), 1));
    ExecutorService single = Executors.newSingleThreadExecutor();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      assertEquals(callersThread, json(CampaignSimulation.run(SCENARIO, ProgressListener.none(), single)));
      assertEquals(callersThread, json(CampaignSimulation.run(SCENARIO, ProgressListener.none(), pool)));
      assertEquals(callersThread, json(CampaignSimulation.run(SCENARIO, ProgressListener.none(), Runnable::run)));
    } finally {
      single.shutdown();
      pool.shutdown();
    }
    // the caller's executors are the caller's to shut down
    assertTrue(single.awaitTermination(10, TimeUnit.SECONDS));
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
  }

  @Test
  void theCallersExecutorIsLeftRunning() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CampaignSimulation.run(SCENARIO, ProgressListener.none(), pool);
      assertFalse(pool.isShutdown());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theRunDoesNotChangeTheScenariosPopulation() {
    String before = JingzhunJson.write(SCENARIO.inputs());
    CampaignSimulation.run(SCENARIO);
    assertEquals(before, JingzhunJson.write(SCENARIO.inputs()));
  }

  @Test
  void aDifferentSeedDrawsDifferentShocks() {
    CampaignResult a = CampaignSimulation.run(SCENARIO);
    CampaignResult b = CampaignSimulation.run(Scenario.builder().from(SCENARIO).seed(8).build());
    assertNotEquals(a.years().get(0).illnessShocks(), b.years().get(0).illnessShocks());
    // the shock counts are close to the rates: 5 % and 2 % of 30,000
    assertTrue(Math.abs(a.years().get(0).illnessShocks() - 1500) < 200);
    assertTrue(Math.abs(a.years().get(0).disasterShocks() - 600) < 120);
  }

  @Test
  void withoutShocksTheSeedChangesNothing() {
    Scenario calm = Scenario.builder().from(SCENARIO).assumptions(HandDistrict.assumptions()
        .incomeGrowth(new BigDecimal("0.06")).illnessShockRate(Share.ZERO).disasterShockRate(Share.ZERO).build()).build();
    String a = json(CampaignSimulation.run(calm)).replace("\"seed\" : 7", "");
    String b = json(CampaignSimulation.run(Scenario.builder().from(calm).seed(99).build())).replace("\"seed\" : 99", "");
    assertEquals(a, b);
  }
}

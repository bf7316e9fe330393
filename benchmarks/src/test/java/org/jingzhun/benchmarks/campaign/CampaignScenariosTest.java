package org.jingzhun.benchmarks.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.junit.jupiter.api.Test;

class CampaignScenariosTest {

  @Test
  void theBenchmarkScenarioRunsAllSixYears() {
    Scenario scenario = CampaignScenarios.scenario(30, 3_000, 11);
    CampaignResult result = CampaignSimulation.run(scenario);
    assertEquals(6, result.years().size());
    assertEquals(CampaignScenarios.FIRST_YEAR, result.years().get(0).year());
  }
}

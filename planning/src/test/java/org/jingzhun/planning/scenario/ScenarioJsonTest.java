package org.jingzhun.planning.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.SimulationFixtures;
import org.junit.jupiter.api.Test;

class ScenarioJsonTest {
  private final Scenario scenario = SimulationFixtures.handScenario().build();

  @Test
  void scenarioInputsRoundTripThroughJson() {
    String json = JingzhunJson.write(scenario.inputs());
    ScenarioInputs read = JingzhunJson.read(json, ScenarioInputs.class);
    assertEquals(json, JingzhunJson.write(read));
    assertEquals(scenario.population().size(), read.population().size());
  }

  @Test
  void aScenarioReadBackRunsToTheSameResult() {
    Scenario read = JingzhunJson.read(JingzhunJson.write(scenario.inputs()), ScenarioInputs.class).withBook(scenario.book());
    assertEquals(JingzhunJson.write(CampaignSimulation.run(scenario)), JingzhunJson.write(CampaignSimulation.run(read)));
  }

  @Test
  void aCampaignResultRoundTripsThroughJson() {
    CampaignResult result = CampaignSimulation.run(SimulationFixtures.generated(3, 500, 5).build());
    String json = JingzhunJson.write(result);
    CampaignResult read = JingzhunJson.read(json, CampaignResult.class);
    assertEquals(result, read);
    assertEquals(json, JingzhunJson.write(read));
  }
}

package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Share;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The returning hazard: a stated yearly chance that an exited household goes back on the register. */
class ReturningHazardTest {
  private static final Scenario BASE = GeneratedDistricts.scenario(4, 3_000, 11).build();

  private static Scenario withHazard(String hazard) {
    return Scenario.builder().from(BASE)
        .assumptions(Assumptions.builder().from(BASE.assumptions()).returningHazard(Share.parse(hazard)).build()).build();
  }

  @Test
  void aZeroHazardChangesNothing() {
    // zero is the default and draws nothing, so every other draw and result is as before
    assertEquals(JingzhunJson.write(CampaignSimulation.run(BASE)), JingzhunJson.write(CampaignSimulation.run(withHazard("0"))));
  }

  @Test
  void aCertainHazardReturnsEveryHouseholdExitedTheYearBefore() {
    CampaignResult r = CampaignSimulation.run(withHazard("1"));
    // with a hazard of 1 every household exited in year y is drawn in year y + 1 (it is then an
    // exited household, not a poor one) and put back: returning persons of y + 1 = exited persons
    // of y, as no exited household remains exited for a whole year
    for (int y = 1; y < r.years().size(); y++) {
      assertEquals(r.years().get(y - 1).exitedPersons(), r.years().get(y).returningPersons(), "year " + r.years().get(y).year());
    }
    assertTrue(r.years().get(0).exitedPersons() > 0, "someone exits in the first year");
  }
}

package org.jingzhun.examples.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code simulate}, {@code compare} and {@code allocate} through their JSON interface, good and bad input. */
class CampaignCommandsTest {
  private static final String PROBLEM = "docs/examples/allocation-problem.json";

  private static CliRun.Result run(String stdin, String... args) {
    return CliRun.run(CliRun.environment(PolicyBook.shipped()), stdin, args);
  }

  @Test
  void allocateGivesTheHandCheckedGreedyAllocation() {
    CliRun.Result r = run("", "allocate", "--date", "2018-12-31", PROBLEM);
    assertEquals(0, r.status(), r.err());
    JsonNode out = JingzhunJson.read(r.out(), JsonNode.class);
    // IND-1 lifts ⌊100 × 60,000 / 90,000⌋ = 66, TRAIN-1 ⌊100 × 30,000 / 90,000⌋ = 33; ROAD-1 does not fit
    assertEquals(99, out.get("value").asLong());
    assertEquals("GREEDY", out.get("method").asText());
  }

  @Test
  void allocateWithExactGivesTheExactAllocation() {
    CliRun.Result r = run("", "allocate", "--exact", "--date", "2018-12-31", PROBLEM);
    assertEquals(0, r.status(), r.err());
    JsonNode out = JingzhunJson.read(r.out(), JsonNode.class);
    assertEquals("EXACT", out.get("method").asText());
    assertEquals(99, out.get("value").asLong());
  }

  @Test
  void simulateOfAnIncompleteScenarioExitsTwoNamingEveryMissingField() {
    CliRun.Result r = run("{\"name\": \"x\"}", "simulate", "--date", "2020-12-31");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    for (String path : new String[] {"county", "population", "plan", "assumptions"}) {
      assertTrue(r.err().contains("  " + path + ": is required"), r.err());
    }
  }

  @Test
  void compareNamesTheReformsFieldsByTheirPath() {
    CliRun.Result r = run("{\"reform\": {}}", "compare", "--date", "2020-12-31");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("reform.county: is required"), r.err());
  }

  @Test
  void aMissingInputFileExitsFour() {
    CliRun.Result r = run("", "allocate", "--date", "2018-12-31", "docs/examples/no-such-problem.json");
    assertEquals(4, r.status());
    assertTrue(r.err().contains("no-such-problem.json"), r.err());
  }

  @Test
  void malformedJsonExitsTwo() {
    CliRun.Result r = run("{\"plan\": ", "allocate", "--date", "2018-12-31");
    assertEquals(2, r.status());
    assertEquals("", r.out());
  }

  @Test
  void anUnknownFieldExitsTwoNamingIt() {
    CliRun.Result r = run("{\"objective\": \"PERSONS_LIFTED_OUT\", \"budget\": 1}", "allocate", "--date", "2018-12-31");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("budget"), r.err());
  }

  @Test
  void compareWithAMissingReformPolicyFileExitsFour() {
    CliRun.Result r = run("{}", "compare", "--date", "2020-12-31", "--reform-policy", "no-such-reform.yaml");
    assertEquals(4, r.status());
    assertTrue(r.err().contains("no-such-reform.yaml"), r.err());
  }
}

package org.jingzhun.examples.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;

class ImportRegisterCommandTest {

  @Test
  void writesTheHouseholdsAsJsonThatTheCalculationsRead() {
    CliRun.Result r = CliRun.run("import-register", "examples/registers/sample-register.csv");
    assertEquals(0, r.status(), r.err());
    assertEquals("imported 2 households (5 rows); rejected 0 of 5 rows\n", r.err());
    JsonNode households = JingzhunJson.read(r.out(), JsonNode.class);
    CliRun.Result summary = CliRun.run(CliRun.environment(PolicyBook.load()), households.get(0).toString(),
        "household-summary", "--date", "2019-06-01");
    // (6,000 + 2,500 + 1,200.50 − 900) / 3 = 2,933.50
    assertEquals("2933.50", JingzhunJson.read(summary.out(), JsonNode.class).get("perCapitaNetIncome").asText());
  }

  @Test
  void rejectedRowsGoToStandardErrorWithExitStatusTwo() {
    String csv = "household_id,village,housing,safe_drinking_water,member_id,birth_date,relationship,labour_capacity\n"
        + "H1,511902101201,A,yes,P1,1960-01-01,HEAD,FULL\n"
        + "H2,511902101201,A,yes,P1,1960-01-01,HEAD,TIRED\n";
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.load()), csv, "import-register");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("line 3 (household H2): labour_capacity = 'TIRED': is not one of"), r.err());
    assertTrue(r.err().endsWith("imported 1 households (1 rows); rejected 1 of 2 rows\n"), r.err());
    assertEquals(1, JingzhunJson.read(r.out(), JsonNode.class).size());
  }
}

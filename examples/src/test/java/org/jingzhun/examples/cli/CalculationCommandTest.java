package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.junit.jupiter.api.Test;

class CalculationCommandTest {
  private static final String SPLIT = "{\"amount\": \"1000.00\", \"ratio\": \"6:4\", \"parties\": [\"fund\", \"bank\"]}";
  private static final Environment EMPTY = CliRun.environment(PolicyBook.load());

  private static JsonNode json(String text) {
    return JingzhunJson.read(text, JsonNode.class);
  }

  private static void assertNoStackTrace(CliRun.Result r) {
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void readsStandardInputAndWritesTheResultAsJson() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation", "--date", "2019-06-01");
    assertEquals(0, r.status(), r.err());
    // 1,000.00 split 6:4 = 600.00 + 400.00
    assertEquals("600.00", json(r.out()).at("/parts/0/amount").asText());
    assertEquals("bank", json(r.out()).at("/parts/1/party").asText());
  }

  @Test
  void readsTheInputFromAFileNamedAsArgument() {
    CliRun.Result r = CliRun.run(EMPTY, "", "household-summary", "--date", "2019-06-01",
        "docs/examples/household.json");
    assertEquals(0, r.status(), r.err());
    // see docs/examples/household.json: (6,000 + 2,500 + 1,200.50 − 900) / 3 = 2,933.50
    assertEquals("2933.50", json(r.out()).get("perCapitaNetIncome").asText());
  }

  @Test
  void explainAddsTheDerivationInTheLanguageAsked() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation", "--date", "2019-06-01", "--explain", "--lang", "en");
    assertEquals(0, r.status(), r.err());
    JsonNode out = json(r.out());
    assertEquals("400.00", out.at("/result/parts/1/amount").asText());
    assertEquals("allocation by ratio", out.at("/explanation/text/0").asText());
    assertEquals("moneyAllocation", out.at("/explanation/steps/rule").asText());
  }

  @Test
  void chineseIsTheDefaultLanguageOfTheExplanation() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation", "--date", "2019-06-01", "--explain");
    assertEquals("按比例分配", json(r.out()).at("/explanation/text/0").asText());
  }

  @Test
  void policyFileReformsTheBookTheCalculationReads() {
    String input = "{\"amount\": \"10000.00\", \"ratioParameter\": \"example.risk.loss-ratio.fund-bank\"}";
    CliRun.Result r = CliRun.run(EMPTY, input, "money-allocation", "--date", "2019-06-01", "--region", "511902",
        "--policy", "examples/policy/example-loss-sharing.yaml");
    assertEquals(0, r.status(), r.err());
    // 10,000 × 6/10 = 6,000.00; × 4/10 = 4,000.00
    assertEquals("6000.00", json(r.out()).at("/parts/0/amount").asText());
  }

  @Test
  void theRegionChoosesWhichValueApplies() {
    String input = "{\"amount\": \"10000.00\", \"ratioParameter\": \"example.risk.loss-ratio.fund-bank\"}";
    CliRun.Result r = CliRun.run(EMPTY, input, "money-allocation", "--date", "2019-06-01", "--region", "510000",
        "--policy", "examples/policy/example-loss-sharing.yaml");
    // Sichuan as a whole has no value; only Bazhou District (511902) has one: no policy in force, exit status 3
    assertEquals(3, r.status());
    assertTrue(r.err().contains("no value of parameter 'example.risk.loss-ratio.fund-bank' is in force for region 510000 (四川省)"
        + " on 2019-06-01 (searched 510000 → 000000)"), r.err());
  }

  @Test
  void aMissingFileIsExitStatusFourWithoutAStackTrace() {
    CliRun.Result r = CliRun.run(EMPTY, "", "money-allocation", "--date", "2019-06-01", "no-such-input.json");
    assertEquals(4, r.status());
    assertEquals("jingzhun money-allocation: 文件错误 (file problem): cannot read no-such-input.json: no such file\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void malformedJsonIsExitStatusTwoWithItsLineAndColumn() {
    CliRun.Result r = CliRun.run(EMPTY, "{\"amount\": \"1.00\",\n \"ratio\" \"1:1\"}", "money-allocation", "--date", "2019-06-01");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("jingzhun money-allocation: the input is invalid (1 problem):\n"), r.err());
    assertTrue(r.err().contains("ratio: malformed JSON: a colon is missing after a field name (line 2, column 10)"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void anUnknownFieldIsExitStatusTwoWithItsPath() {
    CliRun.Result r = CliRun.run(EMPTY, "{\"amount\": \"1.00\", \"ratio\": \"1:1\", \"colour\": \"red\"}",
        "money-allocation", "--date", "2019-06-01");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("  colour: unknown field; expected one of"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void everyViolationIsListedWithItsJsonPath() {
    String household = "{\"id\": \"H1\", \"village\": \"511902\", \"members\": [{\"id\": \"P1\", \"birthDate\": \"1960-01-01\","
        + " \"relationship\": \"HEAD\", \"labourCapacity\": \"FULL\", \"disabilityGrade\": 7}],"
        + " \"income\": {}, \"housing\": \"A\", \"safeDrinkingWater\": true}";
    CliRun.Result r = CliRun.run(EMPTY, household, "household-summary", "--date", "2019-06-01");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("members[0].disabilityGrade = '7'"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void emptyInputIsABadInput() {
    CliRun.Result r = CliRun.run(EMPTY, "  \n", "money-allocation", "--date", "2019-06-01");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("is empty"), r.err());
  }

  @Test
  void aBadRegionOptionIsExitStatusTwo() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation", "--date", "2019-06-01", "--region", "5119");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'5119' is not a region code"), r.err());
  }

  @Test
  void aMissingDateIsExitStatusTwo() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--date"), r.err());
  }

  @Test
  void anInvalidPolicyFileIsExitStatusTwoWithItsLine() {
    CliRun.Result r = CliRun.run(EMPTY, SPLIT, "money-allocation", "--date", "2019-06-01",
        "--policy", "examples/cases/household-summary.yaml");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("examples/cases/household-summary.yaml:"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void anAmountGivenAsAJsonNumberIsYuanAsItsTextIs() throws java.io.IOException {
    String text = java.nio.file.Files.readString(CliRun.repositoryRoot().resolve("docs/examples/household.json"));
    String number = text.replace("\"wages\": \"6000.00\"", "\"wages\": 6000");
    assertTrue(!number.equals(text), "the example has wages of 6000.00");
    CliRun.Result asText = CliRun.run(EMPTY, text, "household-summary", "--date", "2019-06-01");
    CliRun.Result asNumber = CliRun.run(EMPTY, number, "household-summary", "--date", "2019-06-01");
    assertEquals(0, asNumber.status(), asNumber.err());
    // (6,000 + 2,500 + 1,200.50 − 900) / 3 = 2,933.50 either way; 6000 read as fen would give 953.50
    assertEquals("2933.50", json(asNumber.out()).get("perCapitaNetIncome").asText());
    assertEquals(asText.out(), asNumber.out());
  }

  @Test
  void aNameGivenTwiceInTheInputIsRefusedWithItsPath() {
    CliRun.Result r = CliRun.run(EMPTY, "{\"amount\": \"1.00\", \"ratio\": \"1:1\", \"amount\": \"100.00\"}",
        "money-allocation", "--date", "2019-06-01");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("amount: duplicate name: 'amount' appears twice in the same object"), r.err());
  }
}

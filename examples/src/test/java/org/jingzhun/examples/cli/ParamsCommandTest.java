package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.junit.jupiter.api.Test;

class ParamsCommandTest {
  /** A planted book: a national line, and a Sichuan dibao floor that changes on 2019-01-01. */
  static final PolicyBook PLANTED = CliRun.book("""
      sources:
        nat: {issuer: 国务院扶贫办, title: planted national source, confidence: DOCUMENT}
        sc: {issuer: 四川省民政厅, title: planted provincial source, date: 2018-12-01, confidence: LOCAL}
      parameters:
        poverty.line.planted:
          unit: YUAN_PER_PERSON_YEAR
          description: {zh: 种植的贫困线, en: planted poverty line}
          values:
            "000000":
              - {from: 2019-01-01, until: 2020-01-01, value: 3218, source: nat}
        dibao.floor.planted:
          unit: YUAN_PER_PERSON_MONTH
          description: {zh: 种植的低保标准, en: planted dibao floor}
          values:
            "510000":
              - {from: 2015-07-01, until: 2019-01-01, value: 190, source: sc}
              - {from: 2019-01-01, value: 350, source: sc}
      """);

  private static CliRun.Result params(String... args) {
    return CliRun.run(CliRun.environment(PLANTED), "", args);
  }

  @Test
  void listsTheValuesInForceForARegionAndDateAsATable() {
    // Chinese characters take two terminal columns: the source column is 6 × 2 + 52 = 64 wide
    CliRun.Result r = params("params", "--region", "511902", "--date", "2019-06-01", "--lang", "en");
    assertEquals(0, r.status(), r.err());
    assertEquals("""
        parameter             value           unit                     region  from        until       source
        --------------------  --------------  -----------------------  ------  ----------  ----------  ----------------------------------------------------------------
        dibao.floor.planted   350.00 a month  yuan per person a month  510000  2019-01-01              四川省民政厅 "planted provincial source", 2018-12-01, local rule
        poverty.line.planted  3218.00         yuan per person a year   000000  2019-01-01  2020-01-01  国务院扶贫办 "planted national source", official document
        """, r.out());
  }

  @Test
  void anEarlierDateFindsTheEarlierValue() {
    CliRun.Result r = params("params", "--region", "511902", "--date", "2018-06-01", "--format", "json");
    JsonNode list = JingzhunJson.read(r.out(), JsonNode.class);
    // the planted national line starts only in 2019; the Sichuan floor was 190 then
    assertEquals(1, list.size());
    assertEquals("190.00 a month", list.get(0).get("value").asText());
    assertEquals("2019-01-01", list.get(0).get("until").asText());
  }

  @Test
  void csvHasAHeaderAndOneRowPerParameter() {
    CliRun.Result r = params("params", "--region", "511902", "--date", "2019-06-01", "--format", "csv");
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length);
    assertEquals("parameter,value,unit,region,from,until,source", lines[0]);
    assertTrue(lines[1].startsWith("dibao.floor.planted,350.00 a month,元/人·月,510000,2019-01-01,,"), lines[1]);
  }

  @Test
  void prefixesChooseWhichParametersAreListed() {
    CliRun.Result r = params("params", "--region", "511902", "--date", "2019-06-01", "--format", "json", "poverty.");
    JsonNode list = JingzhunJson.read(r.out(), JsonNode.class);
    assertEquals(1, list.size());
    assertEquals("poverty.line.planted", list.get(0).get("parameter").asText());
  }

  @Test
  void aRegionOutsideSichuanDoesNotSeeTheProvincialValue() {
    CliRun.Result r = params("params", "--region", "110000", "--date", "2019-06-01", "--format", "json");
    JsonNode list = JingzhunJson.read(r.out(), JsonNode.class);
    assertEquals(1, list.size());
    assertEquals("000000", list.get(0).get("region").asText());
  }

  @Test
  void aPolicyFileAddsItsParametersOnTopOfTheBook() {
    CliRun.Result r = params("params", "--region", "511902", "--date", "2019-06-01", "--format", "json",
        "--policy", "examples/policy/example-loss-sharing.yaml");
    JsonNode list = JingzhunJson.read(r.out(), JsonNode.class);
    assertEquals(3, list.size());
    assertEquals("6:4", list.get(1).get("value").asText());
  }

  @Test
  void anEmptyBookListsNothingButTheHeader() {
    CliRun.Result r = CliRun.run("params", "--region", "511902", "--date", "2019-06-01", "--format", "csv");
    assertEquals(0, r.status(), r.err());
    assertEquals("parameter,value,unit,region,from,until,source\n", r.out());
  }
}

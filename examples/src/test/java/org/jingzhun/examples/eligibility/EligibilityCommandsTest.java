package org.jingzhun.examples.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.examples.cli.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The eligibility subcommands through their JSON interface, bad input first. */
class EligibilityCommandsTest {
  private static final Environment SHIPPED = CliRun.environment(PolicyBook.shipped());
  private static final String BAD_HOUSEHOLD = "{\"id\": \"H1\", \"village\": \"511902105210\", \"members\": [{\"id\": \"P1\","
      + " \"birthDate\": \"1960-01-01\", \"relationship\": \"HEAD\", \"labourCapacity\": \"FULL\", \"disabilityGrade\": 7}],"
      + " \"income\": {}, \"housing\": \"B\", \"safeDrinkingWater\": true}";

  /** Each eligibility subcommand, an input it must reject, and the JSON path of the fault. */
  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("identification", BAD_HOUSEHOLD, "members[0].disabilityGrade = '7'"),
        Arguments.of("procedure-check", "{\"procedure\": \"EXIT\"}", "record: is required"),
        Arguments.of("household-exit", "{\"household\": " + BAD_HOUSEHOLD + "}", "household.members[0].disabilityGrade = '7'"),
        Arguments.of("village-exit", "{\"village\": {\"code\": \"511902105210\", \"name\": \"v\", \"registeredPopulation\": 10},"
            + " \"registeredPoorPersons\": 11}", "registeredPoorPersons = '11'"),
        Arguments.of("county-exit", "{\"county\": \"511902\", \"registeredPoorPersons\": 1, \"ruralRegisteredPopulation\": 10,"
            + " \"assessment\": {\"nonRegisteredSampled\": 100, \"missedIdentification\": 1, \"exitedSampled\": 100,"
            + " \"wrongExits\": 1, \"respondents\": 100, \"approving\": 150}}",
            "assessment.approving = '150'"),
        Arguments.of("five-batches", BAD_HOUSEHOLD, "members[0].disabilityGrade = '7'"),
        Arguments.of("dibao", "{\"household\": " + BAD_HOUSEHOLD + "}", "household.members[0].disabilityGrade = '7'"),
        Arguments.of("two-lines-check", "{\"start\": \"2019-01-01\", \"until\": \"2018-01-01\"}", "until = '2018-01-01'"),
        Arguments.of("medical-cascade", "{\"total\": \"100.00\", \"covered\": \"200.00\", \"inCounty\": true, \"registeredPoor\": true}",
            "covered = '200.00'"),
        Arguments.of("outpatient-aid", "{\"condition\": \"CHRONIC_ILLNESS\", \"costs\": \"-1.00\"}", "costs = '-1.00'"),
        Arguments.of("education", BAD_HOUSEHOLD, "members[0].disabilityGrade = '7'"),
        Arguments.of("housing", "{\"relocation\": {\"persons\": 0, \"floorArea\": 20}}", "relocation.persons = '0'"),
        Arguments.of("prescription", "{\"household\": " + BAD_HOUSEHOLD + "}", "household.members[0].disabilityGrade = '7'"),
        Arguments.of("monitoring", BAD_HOUSEHOLD, "members[0].disabilityGrade = '7'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputIsExitStatusTwoWithTheViolationAtItsJsonPath(String subcommand, String input, String violation) {
    CliRun.Result r = CliRun.run(SHIPPED, input, subcommand, "--date", "2019-06-01", "--region", "511902");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().startsWith("jingzhun " + subcommand + ": the input is invalid"), r.err());
    assertTrue(r.err().contains("  " + violation), r.err());
    assertEquals("", r.out());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void everyEligibilityCalculationHasABadInputTest() {
    assertEquals(EligibilityCalculations.ALL.stream().map(Calculation::name).toList(),
        badInputs().map(a -> (String) a.get()[0]).toList());
  }

  @Test
  void anUnknownFieldOfAnEligibilityInputIsReportedAtItsPath() {
    CliRun.Result r = CliRun.run(SHIPPED, "{\"grade\": \"C\", \"colour\": \"red\"}", "housing", "--date", "2019-06-01",
        "--region", "511902");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("  colour: unknown field; expected one of grade, relocation"), r.err());
  }

  @Test
  void aParameterNotInForceIsExitStatusThreeNamingParameterRegionAndDate() {
    CliRun.Result r = CliRun.run(SHIPPED, "", "dibao", "--date", "2013-06-01", "docs/examples/poor-household-case.json");
    // the shipped book has no Sichuan dibao standard before 2014
    assertEquals(3, r.status(), r.err());
    assertTrue(r.err().contains("no value of parameter 'dibao.standard.rural' is in force for region 511902105210"), r.err());
    assertTrue(r.out().isEmpty());
  }

  @Test
  void officialOnlyRefusesTheEstimatesACalculationNeedsAndListsThemAll() {
    CliRun.Result r = CliRun.run(SHIPPED, "", "prescription", "--date", "2018-06-15", "--official-only",
        "docs/examples/poor-household-case.json");
    // identification on 2018-06-15 reads the 2017 line (interpolated), and Sichuan's 2018 standard is at the line: both ESTIMATED
    assertEquals(3, r.status(), r.err());
    assertTrue(r.err().contains("poverty.line.statistical") && r.err().contains("reads it on 2017-06-15"), r.err());
    assertTrue(r.err().contains("'dibao.standard.rural'") && r.err().contains("estimated, and is refused"), r.err());
    assertEquals(0, CliRun.run(SHIPPED, "", "prescription", "--date", "2018-06-15",
        "docs/examples/poor-household-case.json").status());
  }

  @Test
  void explainingAPrescriptionAddsItsNoticeInTheLanguageAsked() {
    CliRun.Result r = CliRun.run(SHIPPED, "", "prescription", "--date", "2015-12-01", "--explain", "--lang", "en",
        "docs/examples/poor-household-case.json");
    assertEquals(0, r.status(), r.err());
    JsonNode out = JingzhunJson.read(r.out(), JsonNode.class);
    assertEquals("Household 511902105210-0007 (2015-12-01)", out.at("/notice/0").asText());
    // a month the dibao only, 160.00; a year 1,920 + 1,250 + 800 + the premium subsidy 4 × 60 = 4,210
    // (education is paid by term)
    assertTrue(out.get("notice").toString().contains("Total: 160.00 yuan a month, 4210.00 yuan a year"), out.toString());
  }

  @Test
  void noticeOfACalculationWithoutOneIsExitStatusTwo() {
    CliRun.Result r = CliRun.run(SHIPPED, "", "dibao", "--date", "2019-06-01", "--notice",
        "docs/examples/poor-household-case.json");
    assertEquals(2, r.status());
    assertEquals("jingzhun dibao: dibao has no printable notice; leave out --notice\n", r.err());
  }

  @Test
  void twoLinesCheckOfTheWholeBookFindsNothingOnceTheRuleApplies() {
    CliRun.Result r = CliRun.run(SHIPPED, "{}", "two-lines-check", "--date", "2019-06-01");
    // 190 a month × 12 = 2,280 < 2,855 in 2015, but two lines in one applies only from 2016-09-17
    assertEquals("[ ]", r.out().strip());
  }

  @Test
  void twoLinesCheckOutsideTheViolatingPeriodFindsNothing() {
    CliRun.Result r = CliRun.run(SHIPPED, "{\"region\": \"511902\", \"start\": \"2016-01-01\"}", "two-lines-check",
        "--date", "2019-06-01");
    assertEquals("[ ]", r.out().strip());
  }
}

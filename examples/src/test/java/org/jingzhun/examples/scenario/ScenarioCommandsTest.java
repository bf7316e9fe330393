package org.jingzhun.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} and {@code compare} of a research scenario: its file read strictly, its flags, its tables and CSV. */
class ScenarioCommandsTest {

  private static CliRun.Result run(String... args) {
    return CliRun.run(CliRun.environment(PolicyBook.shipped()), "", args);
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aBadScenarioFileIsRefusedWithEveryProblemAtItsPath(@TempDir Path dir) throws IOException {
    Path file = write(dir, "bad.yaml", """
        population:
          synthetic: {households: ten}
        years: {from: 2015, to: 2016}
        colour: red
        """);
    CliRun.Result r = run("simulate", "--scenario", file.toString());
    assertEquals(2, r.status(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("population.synthetic.households"), r.err());
    assertTrue(r.err().contains("colour"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aNumberOfRunsBelowOneIsRefusedAtItsPath(@TempDir Path dir) throws IOException {
    Path file = write(dir, "runs.yaml", "runs: 0\n");
    CliRun.Result r = run("simulate", "--scenario", file.toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("runs = '0'"), r.err());
    assertTrue(r.err().contains("the number of runs is 1 to 10000"), r.err());
  }

  @Test
  void severalRunsPrintTheBandsAndWriteThemAsCsv(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun.Result r = run("simulate", "--households", "2000", "--to", "2016", "--runs", "3", "--csv", out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("over 3 runs"), r.out());
    assertTrue(r.out().contains("贫困人口 poor persons"), r.out());
    List<String> lines = Files.readAllLines(out.resolve("bands.csv"), StandardCharsets.UTF_8);
    assertEquals("headline,label,unit,year,runs,p5,p50,p95", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("poor_persons,贫困人口 poor persons,persons,2016,3,")), lines.toString());
    // an amount is in yuan to the fen
    assertTrue(lines.stream().anyMatch(l -> l.matches("spending_dibao,.*,yuan,2015,3,\\d+\\.\\d\\d,\\d+\\.\\d\\d,\\d+\\.\\d\\d")),
        lines.toString());
    // every headline in both years
    assertEquals(0, (lines.size() - 1) % 2);
  }

  @Test
  void aSweepOfOneParameterGivesARowPerValueTheCsvAndALineChart(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun.Result r = run("sweep", "--households", "1000", "--to", "2016", "--vary", "dibao.standard.rural=+0%,+10%,+20%",
        "--headline", "spending_dibao,poor_persons", "--csv", out.toString());
    assertEquals(0, r.status(), r.err());
    List<String> lines = Files.readAllLines(out.resolve("sweep.csv"), StandardCharsets.UTF_8);
    assertEquals("parameter_1,value_1,year,spending_dibao,poor_persons", lines.get(0));
    assertEquals(4, lines.size(), lines.toString());
    // a higher standard tops up more: the dibao paid in 2016 rises with it
    BigDecimal previous = BigDecimal.valueOf(-1);
    for (String line : lines.subList(1, 4)) {
      String[] cells = line.split(",");
      assertEquals("2016", cells[2]);
      BigDecimal dibao = new BigDecimal(cells[3]);
      assertTrue(dibao.compareTo(previous) > 0, lines.toString());
      previous = dibao;
    }
    assertTrue(Files.size(out.resolve("sweep_spending_dibao.png")) > 0);
    assertTrue(Files.size(out.resolve("sweep_poor_persons.png")) > 0);
  }

  @Test
  void aSweepOfTwoParametersPrintsAHeatTablePerHeadline() {
    CliRun.Result r = run("sweep", "--households", "1000", "--to", "2015", "--vary", "dibao.standard.rural=+0%,+10%",
        "--vary", "education.nutrition.compulsory=+0%,+10%", "--headline", "poor_persons");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("dibao.standard.rural \\ education.nutrition.compulsory"), r.out());
    // four points, one row each, and a heat table of two rows
    assertEquals(4, r.out().lines().filter(l -> l.startsWith("dibao.standard.rural  +")).count(), r.out());
    assertEquals(2, r.out().lines().filter(l -> l.startsWith("+0% ") || l.startsWith("+10% ")).count(), r.out());
  }

  @Test
  void aBadGridIsRefusedWithEveryProblem() {
    CliRun.Result r = run("sweep", "--households", "1000", "--to", "2015", "--vary", "dibao.standard.rural=5..1/1",
        "--vary", "not a name=1,2");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("FROM up to TO"), r.err());
    assertTrue(r.err().contains("not a parameter's name"), r.err());
  }

  @Test
  void compareRefusesSeveralRuns() {
    CliRun.Result r = run("compare", "--households", "1000", "--to", "2015", "--reform-set", "dibao.standard.rural=+10%",
        "--runs", "2");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("simulate --runs N"), r.err());
  }

  @Test
  void anUnknownAssumptionIsRefusedUnderAssumptions(@TempDir Path dir) throws IOException {
    Path file = write(dir, "a.yaml", "assumptions: {incomeGrowth: \"-0.1\", hazard: 0.02}\n");
    CliRun.Result r = run("simulate", "--scenario", file.toString(), "--households", "1000", "--to", "2015");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("assumptions."), r.err());
  }

  @Test
  void aValueThatDoesNotFitItsParameterIsRefusedAsABadFileLineWouldBe() {
    CliRun.Result r = run("simulate", "--households", "1000", "--to", "2015", "--set", "dibao.standard.rural=lots/year");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("dibao.standard.rural"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aPercentageOfAParameterThatIsNotMoneyIsRefused() {
    CliRun.Result r = run("simulate", "--households", "1000", "--to", "2015", "--set", "exit.household.stable-years=+10%");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("set.exit.household.stable-years = '+10%'"), r.err());
    assertTrue(r.err().contains("money parameter only"), r.err());
  }

  @Test
  void aMalformedSetIsRefusedWithTheOption() {
    CliRun.Result r = run("simulate", "--set", "dibao.standard.rural", "--set", "Dibao=+10%");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("(2 problems)"), r.err());
  }

  @Test
  void aSmallRunWritesItsTablesAndCsvWhoseVillagesAddUpToTheCounty(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun.Result r = run("simulate", "--households", "1000", "--seed", "7", "--from", "2015", "--to", "2016",
        "--tables", "township", "--csv", out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("合成数据"), r.out());
    List<String> county = Files.readAllLines(out.resolve("county_years.csv"));
    List<String> villages = Files.readAllLines(out.resolve("village_years.csv"));
    assertEquals(3, county.size(), "a header and one row a year");
    assertTrue(county.get(0).startsWith("code,name,year,households,persons,"), county.get(0));
    assertTrue(county.get(0).matches("[a-z0-9_,]+"), "snake_case headers: " + county.get(0));
    assertFalse(county.get(0).startsWith("\uFEFF"), "no byte-order mark without --excel");
    List<String> keys = Arrays.asList(county.get(0).split(","));
    for (String column : List.of("households", "persons", "poor_persons", "exited_persons", "dibao_households", "dibao_yuan")) {
      int c = keys.indexOf(column);
      String[] first = county.get(1).split(",");
      BigDecimal sum = villages.stream().skip(1).map(l -> l.split(",")).filter(cells -> cells[2].equals(first[2]))
          .map(cells -> new BigDecimal(cells[c])).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(0, new BigDecimal(first[c]).compareTo(sum), column + " of the county is the sum of its villages");
    }
  }

  @Test
  void theAssessmentPrintsTheTownshipsAndWritesRollUpsThatAgreeWithTheAreaTables(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun.Result r = run("simulate", "--households", "2000", "--seed", "7", "--from", "2015", "--to", "2016",
        "--assessment", "--csv", out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("绩效分评"), r.out());
    List<String> villages = Files.readAllLines(out.resolve("assessment_by_village.csv"));
    List<String> townships = Files.readAllLines(out.resolve("assessment_by_township.csv"));
    List<String> areaTownships = Files.readAllLines(out.resolve("township_years.csv"));
    assertTrue(townships.get(0).startsWith("year,code,name,households_assessed,households_out,"), townships.get(0));
    assertTrue(villages.get(0).matches("[a-z0-9_,]+"), "snake_case headers: " + villages.get(0));
    for (String year : List.of("2015", "2016")) {
      // every assessed household is in one village of one township: both files count them once
      assertEquals(column(villages, year, "households_assessed"), column(townships, year, "households_assessed"), year);
      assertEquals(column(villages, year, "households_out"), column(townships, year, "households_out"), year);
      // a household is out when it passed the exit test that counts it as exited in the area tables
      assertEquals(column(areaTownships, year, "exited_households"), column(townships, year, "households_out"), year);
    }
  }

  @Test
  void theAssessmentIsOfASingleRun() {
    CliRun.Result r = run("simulate", "--households", "1000", "--to", "2015", "--runs", "2", "--assessment");
    assertFalse(r.status() == 0, r.out());
    assertTrue(r.err().contains("--assessment"), r.err());
  }

  /** The sum of {@code key}'s column over the rows of {@code year} of a CSV table with a year column. */
  private static BigDecimal column(List<String> csv, String year, String key) {
    List<String> keys = Arrays.asList(csv.get(0).split(","));
    int c = keys.indexOf(key);
    int y = keys.indexOf("year");
    return csv.stream().skip(1).map(l -> l.split(",")).filter(cells -> cells[y].equals(year))
        .map(cells -> new BigDecimal(cells[c])).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void theDistrictsRunSetsItsFiguresBesideThePublishedOnesAndListsItsAllocationInOrder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun.Result r = run("simulate", "--households", "1000", "--seed", "7", "--from", "2015", "--to", "2016", "--csv", out.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("校准 calibration"), r.out());
    List<String> county = Files.readAllLines(out.resolve("county_years.csv"));
    List<String> keys = Arrays.asList(county.get(0).split(","));
    String[] y2016 = county.get(2).split(",");
    long exited2016 = Long.parseLong(y2016[keys.indexOf("exited_persons")]);
    List<String> calibration = Files.readAllLines(out.resolve("calibration.csv"));
    assertEquals("measure,year,target,simulated,gap,source", calibration.get(0));
    // PERSONS_LIFTED_OUT 2016: simulated = the county's exited persons of 2016; gap = simulated − 17,850
    String lifted = calibration.stream().filter(l -> l.startsWith("PERSONS_LIFTED_OUT,2016,")).findFirst().orElseThrow();
    assertTrue(lifted.startsWith("PERSONS_LIFTED_OUT,2016,17850," + exited2016 + "," + (exited2016 - 17_850) + ","), lifted);
    // the end of 2020 is outside a run that stops in 2016: no simulated value, no gap
    assertTrue(calibration.stream().anyMatch(l -> l.startsWith("POOR_PERSONS_END,2020,0,,,")), String.join("\n", calibration));
    List<String> allocation = Files.readAllLines(out.resolve("allocation.csv"));
    assertEquals("order,project_id,project_type,village,chosen,reason,value,cost_yuan,value_per_10k_yuan", allocation.get(0));
    for (int i = 1; i < allocation.size(); i++) {
      String[] cells = allocation.get(i).split(",");
      assertEquals(String.valueOf(i), cells[0], "rows in the order the projects were weighed");
      // the ranking field: value × 10,000 ÷ cost, to four places (e.g. 4 × 10,000 ÷ 60,051 = 0.6661)
      BigDecimal expected = new BigDecimal(cells[6]).multiply(BigDecimal.valueOf(10_000))
          .divide(new BigDecimal(cells[7]), 4, java.math.RoundingMode.HALF_UP);
      assertEquals(expected, new BigDecimal(cells[8]), allocation.get(i));
    }
  }

  @Test
  void excelAddsAByteOrderMark(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    CliRun.Result r = run("simulate", "--households", "1000", "--to", "2015", "--csv", out.toString(), "--excel");
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.readString(out.resolve("county_years.csv")).startsWith("\uFEFFcode,"));
  }

  @Test
  void compareShowsBothRunsWinnersAndLosersAndDeciles(@TempDir Path dir) throws IOException {
    Path scenario = write(dir, "reform.yaml", """
        name: dibao +10% from 2016
        population:
          synthetic: {households: 1000, seed: 7}
        years: {from: 2015, to: 2016}
        reform:
          name: dibao +10%
          set: {dibao.standard.rural: "+10%@2016-01-01"}
        outputs: {csv: OUT}
        """.replace("OUT", dir.resolve("out").toString()));
    CliRun.Result r = run("compare", "--scenario", scenario.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("winners and losers"), r.out());
    List<String> deciles = Files.readAllLines(dir.resolve("out").resolve("income_deciles.csv"));
    assertEquals(11, deciles.size(), "a header and ten deciles");
    long households = deciles.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[1])).sum();
    assertEquals(1000, households);
    List<String> winners = Files.readAllLines(dir.resolve("out").resolve("winners_losers.csv"));
    // 2015 is before the reform: the same transfers for every household
    assertTrue(winners.get(1).startsWith("2015,1000,0,0,1000,"), winners.get(1));
    String[] y2016 = winners.get(2).split(",");
    assertTrue(Long.parseLong(y2016[2]) > 0, "someone gains from a higher dibao standard in 2016: " + winners.get(2));
    assertEquals(0, new BigDecimal(y2016[6]).subtract(new BigDecimal(y2016[5])).compareTo(new BigDecimal(y2016[7])),
        "the change is the reform's transfers less the baseline's");
  }

  @Test
  void compareWithoutAReformSaysWhatItNeeds() {
    CliRun.Result r = run("compare", "--households", "1000");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("compare needs a reform"), r.err());
  }

  @Test
  void anIncomeSourceMayGrowAtItsOwnRateButNotANegativeOne() {
    CliRun.Result base = run("simulate", "--households", "1000", "--to", "2016");
    CliRun.Result wages = run("simulate", "--households", "1000", "--to", "2016", "--assume", "incomeGrowthBySource={\"WAGES\": \"0.50\"}");
    assertEquals(0, wages.status(), wages.err());
    assertFalse(base.out().equals(wages.out()), "wages growing 50 % a year change the run");
    CliRun.Result bad = run("simulate", "--households", "1000", "--to", "2016", "--assume", "incomeGrowthBySource={\"WAGES\": \"-0.1\"}");
    assertEquals(2, bad.status(), bad.err());
    assertTrue(bad.err().contains("assumptions.incomeGrowthBySource.WAGES"), bad.err());
  }

  private static final String REGISTER_HEADER =
      "household_id,village,housing,safe_drinking_water,wages,production_costs,member_id,birth_date,relationship,labour_capacity\n";

  @Test
  void aRegisterIsSimulatedWithItsVillagesAsTheCounty(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder(REGISTER_HEADER);
    for (int h = 1; h <= 40; h++) {
      String village = h % 2 == 0 ? "511902101201" : "511902102201";
      String wages = h % 4 == 0 ? "1500.00" : "30000.00"; // a household in four is poor, alone on 1,500 a year
      csv.append("H").append(h).append(',').append(village).append(",B,是,").append(wages).append(",0,P1,1970-01-01,户主,FULL\n");
    }
    Path register = write(dir, "register.csv", csv.toString());
    Path out = dir.resolve("out");
    CliRun.Result r = run("simulate", "--register", register.toString(), "--from", "2016", "--to", "2017", "--tables", "village",
        "--csv", out.toString());
    assertEquals(0, r.status(), r.err());
    assertFalse(r.out().contains("SYNTHETIC"), r.out());
    List<String> villages = Files.readAllLines(out.resolve("village_years.csv"));
    assertEquals(1 + 2 * 2, villages.size(), "two villages, two years");
    assertTrue(villages.get(1).startsWith("511902101201,511902101201,2016,20,20,20,"), villages.get(1));
  }

  @Test
  void aRegisterWithABadRowIsRefusedWithTheRow(@TempDir Path dir) throws IOException {
    Path register = write(dir, "register.csv", REGISTER_HEADER + "H1,511902101201,E,是,100.00,0,P1,1970-01-01,户主,FULL\n");
    CliRun.Result r = run("simulate", "--register", register.toString(), "--to", "2016");
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("population.register.file") && r.err().contains("line 2"), r.err());
  }
}

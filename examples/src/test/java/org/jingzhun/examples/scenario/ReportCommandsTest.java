package org.jingzhun.examples.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report DIR} of {@code simulate} and {@code compare}: the HTML report and its charts' CSV and PNG. */
class ReportCommandsTest {
  private static CliRun.Result run(String... args) {
    return CliRun.run(CliRun.environment(PolicyBook.shipped()), "", args);
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void simulateWritesTheReportWithEveryChartsDataAndTheSameBytesEachTime(@TempDir Path dir) throws IOException {
    Path one = dir.resolve("one");
    CliRun.Result r = run("simulate", "--households", "2000", "--to", "2016", "--report", one.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("报告 report: " + one + "/report.html (5 charts"), r.out());
    assertEquals(List.of("chart_incidence.csv", "chart_persons_in_and_out.csv", "chart_poor_persons.csv",
        "chart_spending_by_programme.csv", "chart_spending_by_source.csv", "incidence.png", "persons_in_and_out.png",
        "poor_persons.png", "report.html", "spending_by_programme.png", "spending_by_source.png"), files(one));
    String html = Files.readString(one.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<h2>校准 calibration</h2>"), "the demonstration district's calibration table");
    assertTrue(html.contains("SYNTHETIC DATA"));
    assertTrue(Files.readString(one.resolve("chart_poor_persons.csv")).startsWith("category,series,value,low,high,unit\n2015,"));
    Path two = dir.resolve("two");
    assertEquals(0, run("simulate", "--households", "2000", "--to", "2016", "--report", two.toString()).status());
    for (String file : files(one)) {
      assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
    }
  }

  @Test
  void severalRunsDrawTheirBandsInTheReport(@TempDir Path dir) throws IOException {
    // --runs 3: the report's poor-persons chart carries, for each year, the 5th and 95th percentile
    // of the three runs (nearest rank over three values: the smallest and the largest) as its band,
    // and bands.csv holds the same figures (its p5 and p95 of the poor_persons headline)
    Path report = dir.resolve("r");
    Path csv = dir.resolve("csv");
    CliRun.Result r = run("simulate", "--households", "2000", "--to", "2016", "--runs", "3", "--report", report.toString(),
        "--csv", csv.toString());
    assertEquals(0, r.status(), r.err());
    List<String> chart = Files.readAllLines(report.resolve("chart_poor_persons.csv"));
    List<String> bands = Files.readAllLines(csv.resolve("bands.csv")).stream().filter(l -> l.startsWith("poor_persons,")).toList();
    assertEquals(2, bands.size(), "one row a year, 2015 and 2016");
    for (String band : bands) {
      String[] b = band.split(",");
      String year = b[3];
      String row = chart.stream().filter(l -> l.startsWith(year + ",")).findFirst().orElseThrow();
      String[] c = row.split(",");
      assertEquals(b[5], c[3], "the band's low is the runs' 5th percentile in " + year);
      assertEquals(b[7], c[4], "the band's high is the runs' 95th percentile in " + year);
      assertTrue(Long.parseLong(c[3]) <= Long.parseLong(c[4]));
    }
  }

  @Test
  void compareWritesTheReformsReport(@TempDir Path dir) throws IOException {
    CliRun.Result r = run("compare", "--households", "2000", "--to", "2016", "--reform-set", "dibao.standard.rural=+10%",
        "--report", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(files(dir).containsAll(List.of("report.html", "chart_poor_persons.csv", "chart_spending.csv", "chart_deciles.csv")),
        files(dir).toString());
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("dibao.standard.rural=+10%"), "the reform is described");
    assertTrue(html.contains("得失户 winners and losers"));
  }

  @Test
  void aJsonInputHasNoReport(@TempDir Path dir) {
    CliRun.Result r = run("simulate", "--date", "2020-01-01", "--report", dir.resolve("r").toString());
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().contains("--report is for a scenario"), r.err());
    assertFalse(Files.exists(dir.resolve("r")));
  }
}

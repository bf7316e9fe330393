package org.jingzhun.examples.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.examples.report.PngCharts;
import org.jingzhun.examples.report.ReportFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jingzhun demo} end to end on a small district (2,000 households), run once per folder. */
class DemoCommandTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @TempDir
  static Path temp;

  private static CliRun.Result first;
  private static Path firstOut;
  private static Path secondOut;

  @BeforeAll
  static void runTwice() {
    firstOut = temp.resolve("first");
    secondOut = temp.resolve("second");
    first = demo(firstOut);
    demo(secondOut);
  }

  private static CliRun.Result demo(Path out) {
    return CliRun.run(CliRun.environment(PolicyBook.shipped()), "", "demo", "--households", "2000", "--seed", "7",
        "--quiet", "--out", out.toString());
  }

  @Test
  void theDemoSucceedsAndPrintsTheSyntheticLabelAndOneRowPerCampaignYear() {
    assertEquals(0, first.status(), first.err());
    assertTrue(first.out().startsWith("合成数据"), first.out());
    for (int year = 2015; year <= 2020; year++) {
      assertTrue(first.out().contains("\n" + year + "  "), "a row for " + year + ":\n" + first.out());
    }
  }

  @Test
  void theDemoWritesEveryFileItPromises() {
    for (String file : DemoReport.FILES) {
      assertTrue(Files.isRegularFile(firstOut.resolve(file)), file);
    }
  }

  @Test
  void theChartsAreValidPngImages() throws IOException {
    for (String file : DemoReport.FILES) {
      if (file.endsWith(".png")) {
        byte[] bytes = Files.readAllBytes(firstOut.resolve(file));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length), file);
        BufferedImage image = ImageIO.read(firstOut.resolve(file).toFile());
        assertNotNull(image, file);
        assertEquals(PngCharts.WIDTH, image.getWidth(), file);
      }
    }
  }

  @Test
  void twoRunsWithTheSameSeedWriteByteIdenticalTablesAndReport() throws IOException {
    for (String file : DemoReport.FILES) {
      if (!file.endsWith(".png")) {
        assertArrayEquals(Files.readAllBytes(firstOut.resolve(file)), Files.readAllBytes(secondOut.resolve(file)), file);
      }
    }
  }

  @Test
  void theReportIsLabelledSyntheticAndEmbedsEveryChart() throws IOException {
    String report = Files.readString(firstOut.resolve(DemoReport.REPORT), StandardCharsets.UTF_8);
    assertTrue(report.contains("SYNTHETIC DATA"));
    for (String file : DemoReport.FILES) {
      if (file.endsWith(".png")) {
        assertTrue(report.contains("](" + file + ")"), file);
      }
    }
  }

  @Test
  void theHtmlReportDrawsEveryChartAndListsEveryAssumption() throws IOException {
    String html = Files.readString(firstOut.resolve(ReportFiles.HTML), StandardCharsets.UTF_8);
    assertTrue(html.contains("SYNTHETIC DATA"));
    for (String chart : List.of("poor_persons", "incidence", "villages_delisted", "spending_by_programme", "spending_by_source")) {
      assertTrue(html.contains("id=\"chart-" + chart + "\""), chart);
    }
    assertTrue(html.contains("<td class=\"text\">incomeGrowth</td>"), "the assumptions table");
  }

  @Test
  void theReportListsEveryAssumptionWithItsNote() throws IOException {
    String report = Files.readString(firstOut.resolve(DemoReport.REPORT), StandardCharsets.UTF_8);
    assertTrue(report.contains("| incomeGrowth | 0.08 | ASSUMPTION:"), report);
  }
}

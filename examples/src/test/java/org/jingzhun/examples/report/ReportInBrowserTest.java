package org.jingzhun.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of {@code simulate --report} opened in a real browser: headless Chromium (the
 * Debian package {@code chromium}, or the program named by {@code JINGZHUN_CHROMIUM}) loads a
 * copy of report.html with a script first that collects script and console errors and a script
 * last that checks each chart's canvas for drawn pixels and sorts a table, and prints the page
 * ({@code --dump-dom}) with the findings in it. Without Chromium the test is skipped, except
 * under CI (the variable {@code CI} set, as .ci/run does), where it fails.
 */
class ReportInBrowserTest {
  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final Pattern CHECK = Pattern.compile("<pre id=\"jingzhun-check\">(.*?)</pre>", Pattern.DOTALL);
  private static final long TIMEOUT_SECONDS = 120;

  private static Optional<Path> chromium() {
    return Stream.concat(Optional.ofNullable(System.getenv("JINGZHUN_CHROMIUM")).stream(), CANDIDATES.stream())
        .map(Path::of).filter(Files::isExecutable).findFirst();
  }

  private static Path browser() {
    Optional<Path> found = chromium();
    if (found.isEmpty() && System.getenv("CI") != null) {
      fail("CI needs headless Chromium for the report's browser test: install the Debian packages chromium and"
          + " chromium-driver (.ci/run does), or name the program in JINGZHUN_CHROMIUM");
    }
    Assumptions.assumeTrue(found.isPresent(), "skipped: no Chromium here (apt-get install chromium, or set JINGZHUN_CHROMIUM)");
    return found.get();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReportInBrowserTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** report.html with the error collector first in its head and the checks last in its body. */
  private static Path probe(Path report) throws IOException {
    String html = Files.readString(report, StandardCharsets.UTF_8);
    int head = html.indexOf("<head>") + "<head>".length();
    int end = html.lastIndexOf("</body>");
    String probed = html.substring(0, head) + "\n<script>\n" + resource("browser-errors.js") + "</script>" + html.substring(head, end)
        + "<script>\n" + resource("browser-check.js") + "</script>\n" + html.substring(end);
    Path file = report.resolveSibling("probe.html");
    Files.writeString(file, probed, StandardCharsets.UTF_8);
    return file;
  }

  private static String dumpDom(Path chromium, Path page, Path dir) throws IOException, InterruptedException {
    Path profile = Files.createDirectory(dir.resolve("chromium-profile"));
    Path out = dir.resolve("dom.html");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1200,900", "--virtual-time-budget=5000", "--dump-dom",
        page.toUri().toString())
        .redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.log").toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s");
    }
    assertEquals(0, p.exitValue(), () -> "Chromium failed: " + read(dir.resolve("chromium.log")));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static JsonNode findings(String dom) throws IOException {
    Matcher m = CHECK.matcher(dom);
    assertTrue(m.find(), () -> "the page's checks did not run; the page as Chromium left it:\n" + dom.substring(0, Math.min(2000, dom.length())));
    String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    return JsonMapper.builder().build().readTree(json);
  }

  @Test
  void everyChartOfTheSimulationReportDrawsAndNoScriptFails(@TempDir Path dir) throws IOException, InterruptedException {
    Path chromium = browser();
    Path folder = dir.resolve("out");
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.shipped()), "", "simulate", "--households", "2000", "--to", "2017",
        "--report", folder.toString());
    assertEquals(0, r.status(), r.err());
    long start = System.nanoTime();
    JsonNode found = findings(dumpDom(chromium, probe(folder.resolve(ReportFiles.HTML)), dir));
    System.out.printf("ReportInBrowserTest: Chromium loaded and checked the report in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertEquals("[]", found.get("errors").toString(), "no script error");
    assertEquals(5, found.get("charts").size(), found.toString());
    for (JsonNode chart : found.get("charts")) {
      assertTrue(chart.get("width").asInt() > 0 && chart.get("height").asInt() > 0, chart.toString());
      assertTrue(chart.get("drawnPixels").asInt() > 1000, () -> "nothing drawn: " + chart);
    }
    // the first table is the county's by year: sorted twice by year, descending, 2017 comes first
    assertEquals("descending", found.get("sorted").get("order").asText());
    assertEquals("2017", found.get("sorted").get("first").asText());
  }

  @Test
  void aChartWithABandAndOneInTenThousandYuanDrawWithoutError(@TempDir Path dir) throws IOException, InterruptedException {
    Path chromium = browser();
    Path folder = Files.createDirectory(dir.resolve("out"));
    ReportFiles.write(HtmlReportTest.sample(), folder, false);
    JsonNode found = findings(dumpDom(chromium, probe(folder.resolve(ReportFiles.HTML)), dir));
    assertEquals("[]", found.get("errors").toString(), "no script error");
    assertEquals(2, found.get("charts").size(), found.toString());
    for (JsonNode chart : found.get("charts")) {
      assertTrue(chart.get("drawnPixels").asInt() > 1000, () -> "nothing drawn: " + chart);
    }
    assertEquals("2020", found.get("sorted").get("first").asText(), "the years sorted descending");
  }
}

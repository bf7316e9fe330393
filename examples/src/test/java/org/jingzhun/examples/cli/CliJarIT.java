package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.examples.smoke.OwnModulesAccess;
import org.junit.jupiter.api.Test;

/**
 * The shaded command-line jar run as a user runs it, in its own JVM ({@code java -jar …-cli.jar}):
 * shipped parameter files found through the services file, JSON read and written through
 * reflection, help listing every subcommand.
 */
class CliJarIT {
  private static final Path JAR = Path.of(System.getProperty("jingzhun.cliJar", "target/jingzhun-examples-cli.jar"));

  private record Run(int status, String out, String err) {}

  /** The libraries that are named or automatic modules, for the module-path run. */
  private static final java.util.regex.Pattern MODULES = java.util.regex.Pattern.compile(
      ".*/(jingzhun-(core|eligibility|finance|planning)|jackson-[a-z0-9-]+|guava|failureaccess|listenablefuture|snakeyaml"
          + "|ojalgo|picocli|error_prone_annotations|j2objc-annotations|jspecify)-[^/]*\\.jar");

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  /**
   * Runs the program with the library modules on the module path, as named modules (their
   * {@code opens} to Jackson in force), and the command line on the class path.
   */
  private static Run modular(String... args) throws IOException, InterruptedException {
    List<String> modulePath = new ArrayList<>();
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      (MODULES.matcher(entry.replace('\\', '/')).matches() ? modulePath : classPath).add(entry);
    }
    assertTrue(modulePath.stream().anyMatch(e -> e.contains("jingzhun-eligibility")), "no library module found in " + modulePath);
    // the command line ships with the library and uses packages that are not API (core's internal
    // JSON mapper, the rules of each programme, planning): on the module path the program is given
    // them, as a named module of ours would be by a qualified export; the library's own modules need nothing more
    String path = String.join(java.io.File.pathSeparator, modulePath);
    List<String> command = new ArrayList<>(List.of("-p", path, "--add-modules", "ALL-MODULE-PATH"));
    command.addAll(OwnModulesAccess.addExports(path));
    command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), Jingzhun.class.getName()));
    command.addAll(List.of(args));
    return run(command);
  }

  private static Run run(List<String> javaArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(javaArgs);
    Path err = Files.createTempFile("jingzhun-it", ".err");
    Process p = new ProcessBuilder(command).directory(CliRun.repositoryRoot().toFile())
        .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    String errText = Files.readString(err);
    Files.delete(err);
    return new Run(status, out, errText);
  }

  @Test
  void theJarExists() {
    assertTrue(Files.isRegularFile(JAR), JAR + " is missing: run after package");
  }

  @Test
  void helpListsTheCalculations() throws Exception {
    Run r = java("--help");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("prescription"), r.out());
    assertTrue(r.out().contains("two-lines-check"), r.out());
  }

  @Test
  void versionNamesTheBuildAndTheWholeShippedBook() throws Exception {
    // every module's parameter files, found through the merged services file
    Run r = java("--version");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("jingzhun " + JingzhunVersion.library(), lines.get(0));
    assertEquals(PolicyBookVersion.shipped().toString(), lines.get(1));
  }

  @Test
  void aCalculationReadsAFileAndUsesTheShippedParameters() throws Exception {
    Run r = java("prescription", "--date", "2015-12-01", "--explain", "--lang", "en", "docs/examples/poor-household-case.json");
    assertEquals(0, r.status(), r.err());
    JsonNode out = JingzhunJson.read(r.out(), JsonNode.class);
    // a month the dibao only: (190 × 12 × 4 − 7,200) / 12 = 160.00, as in docs/cli.md
    assertEquals("160.00", out.at("/result/monthlyTotal").asText());
    assertTrue(out.at("/explanation/text").toString().contains("dibao.standard.rural [510000] = 190.00"), out.toString());
  }

  @Test
  void theReportInlinesTheChartLibraryFromTheJar(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    // the report's style, script and the chart library are resources: the jar's filters must keep them
    Run r = java("simulate", "--households", "1000", "--to", "2015", "--report", dir.toString());
    assertEquals(0, r.status(), r.err());
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("echarts") && html.contains("table.sortable"), "library and the report's script inlined");
  }

  @Test
  void theShippedCasesPassInTheJar() throws Exception {
    Run r = java("check", "examples/cases");
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().endsWith(" passed, 0 failed\n"), r.out());
  }

  @Test
  void aMissingFileIsExitStatusFourWithoutAStackTrace() throws Exception {
    Run r = java("village-exit", "--date", "2017-12-31", "no-such-file.json");
    assertEquals(4, r.status());
    assertEquals("jingzhun village-exit: 文件错误 (file problem): cannot read no-such-file.json: no such file\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void badInputIsExitStatusTwoWithoutAStackTrace() throws Exception {
    Run r = java("money-allocation", "--date", "2019-06-01", "docs/examples/failing-case.yaml");
    assertEquals(2, r.status());
    assertTrue(r.err().startsWith("jingzhun money-allocation: the input is invalid"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void readingDevZeroStopsAtTheDefaultLimitInASmallHeap() throws Exception {
    Run r = run(List.of("-Xmx128m", "-jar", JAR.toAbsolutePath().toString(), "dibao", "--date", "2019-06-01", "/dev/zero"));
    assertEquals(2, r.status(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("the input /dev/zero is larger than 64 MiB"), r.err());
  }

  @Test
  void runningOutOfMemoryIsStatusSeventyWithTheHeapAndHowToGiveMore() throws Exception {
    Path big = Files.createTempFile("jingzhun-big", ".json");
    try {
      // 24 MB of small numbers: a tree of millions of nodes, far more than a 48 MiB heap holds
      Files.writeString(big, "[" + "0,".repeat(12_000_000) + "0]");
      Run r = run(List.of("-Xmx48m", "-jar", JAR.toAbsolutePath().toString(), "dibao", "--date", "2019-06-01", big.toString()));
      assertEquals(70, r.status(), r.err());
      assertEquals("", r.out());
      assertTrue(r.err().contains("内存不足 (out of memory)") && r.err().contains("MiB of memory Java was given")
          && r.err().contains("JAVA_OPTS=-Xmx1g"), r.err());
      assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    } finally {
      Files.delete(big);
    }
  }

  @Test
  void theLibraryModulesWorkAsNamedModulesFromTheModulePath() throws Exception {
    // every calculation's JSON types read and written by Jackson through the modules' opens
    Run r = modular("check", "examples/cases");
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().endsWith(" passed, 0 failed\n"), r.out());
    Run explained = modular("prescription", "--date", "2015-12-01", "--explain", "docs/examples/poor-household-case.json");
    assertEquals(0, explained.status(), explained.err());
  }
}

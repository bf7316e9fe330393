package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.junit.jupiter.api.Test;

/**
 * The shaded command-line jar run as a user runs it, in its own JVM ({@code java -jar …-cli.jar}):
 * shipped parameter files found through the services file, JSON read and written through
 * reflection, help listing every subcommand.
 */
class CliJarIT {
  private static final Path JAR = Path.of(System.getProperty("jingzhun.cliJar", "target/jingzhun-examples-cli.jar"));

  private record Run(int status, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
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
  void aCalculationReadsAFileAndUsesTheShippedParameters() throws Exception {
    Run r = java("prescription", "--date", "2015-12-01", "--explain", "--lang", "en", "docs/examples/poor-household-case.json");
    assertEquals(0, r.status(), r.err());
    JsonNode out = JingzhunJson.read(r.out(), JsonNode.class);
    // a month the dibao only: (190 × 12 × 4 − 7,200) / 12 = 160.00, as in docs/cli.md
    assertEquals("160.00", out.at("/result/monthlyTotal").asText());
    assertTrue(out.at("/explanation/text").toString().contains("dibao.standard.rural [510000] = 190.00"), out.toString());
  }

  @Test
  void theShippedCasesPassInTheJar() throws Exception {
    Run r = java("check", "examples/cases");
    assertEquals(0, r.status(), r.out() + r.err());
    assertTrue(r.out().endsWith(" passed, 0 failed\n"), r.out());
  }

  @Test
  void badInputIsExitStatusTwoWithoutAStackTrace() throws Exception {
    Run r = java("village-exit", "--date", "2017-12-31", "no-such-file.json");
    assertEquals(2, r.status());
    assertEquals("jingzhun village-exit: cannot read no-such-file.json: no such file\n", r.err());
  }
}

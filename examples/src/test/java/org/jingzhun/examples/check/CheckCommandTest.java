package org.jingzhun.examples.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.examples.cli.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir
  Path dir;

  private CliRun.Result check(String fileName, String content) throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, content);
    Environment environment = CliRun.environment(PolicyBook.load());
    return CliRun.run(environment, "", "check", file.toString());
  }

  private static final String HEADER = "calculation: money-allocation\ndate: 2019-06-01\ncases:\n";

  @Test
  void aPlantedFailingCaseIsReportedWithFieldExpectedAndActual() throws IOException {
    CliRun.Result r = check("planted.yaml", HEADER
        + "  - name: right\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n    expect: {\"parts[0].amount\": \"0.50\"}\n"
        + "  - name: wrong on purpose\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n    expect: {\"parts[1].amount\": \"0.49\"}\n");
    assertEquals(1, r.status());
    String file = dir.resolve("planted.yaml").toString();
    // 1.00 split 1:1 is 0.50 + 0.50, so the planted 0.49 fails
    assertEquals("FAIL " + file + " › wrong on purpose › parts[1].amount: expected 0.49, actual 0.50\n"
        + "1 passed, 1 failed\n", r.out());
  }

  @Test
  void moneyIsComparedExactlyWhateverWayTheNumberIsWritten() throws IOException {
    CliRun.Result r = check("numbers.yaml", HEADER
        + "  - name: plain number\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n    expect: {\"parts[0].amount\": 0.5}\n"
        + "  - name: a fen off\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n    expect: {\"parts[0].amount\": 0.51}\n");
    assertTrue(r.out().endsWith("1 passed, 1 failed\n"), r.out());
    assertTrue(r.out().contains("a fen off › parts[0].amount: expected 0.51, actual 0.50"), r.out());
  }

  @Test
  void aFieldMissingFromTheOutputIsReportedAbsent() throws IOException {
    CliRun.Result r = check("absent.json", "{\"calculation\": \"money-allocation\", \"date\": \"2019-06-01\", \"cases\": ["
        + "{\"name\": \"no such field\", \"input\": {\"amount\": \"1.00\", \"ratio\": \"1\"}, \"expect\": {\"total\": \"1.00\"}}]}");
    assertEquals(1, r.status());
    assertTrue(r.out().contains("no such field › total: expected 1.00, actual (absent)"), r.out());
  }

  @Test
  void anUnknownCalculationMakesTheFileInvalid() throws IOException {
    CliRun.Result r = check("unknown.yaml", "calculation: dibao-topup\ndate: 2019-06-01\ncases:\n"
        + "  - name: later\n    input: {}\n    expect: {amount: 1}\n");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("calculation = 'dibao-topup': is not a calculation; known: household-summary, money-allocation"),
        r.err());
  }

  @Test
  void anInputRejectedUnexpectedlyFailsWithItsViolations() throws IOException {
    CliRun.Result r = check("rejected.yaml", HEADER
        + "  - name: bad ratio\n    input: {amount: \"1.00\", ratio: \"x\"}\n    expect: {\"parts[0].amount\": 1}\n");
    assertTrue(r.out().contains("bad ratio › the input was rejected: ratio = 'x': is not a ratio"), r.out());
  }

  @Test
  void anExpectedRejectionThatDoesNotHappenFails() throws IOException {
    CliRun.Result r = check("accepted.yaml", HEADER
        + "  - name: fine input\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n    expectViolations: [amount]\n");
    assertTrue(r.out().contains("fine input › expected the input to be rejected at amount, but it was accepted"), r.out());
  }

  @Test
  void aCaseFileThatIsNotOneIsExitStatusTwoAndNothingRuns() throws IOException {
    CliRun.Result r = check("broken.yaml", "calculation: money-allocation\ncases:\n  - name: no date\n    input: {}\n    expect: {a: 1}\n");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("jingzhun check: not a valid case file: " + dir.resolve("broken.yaml") + " (1 problem):\n"
        + "  cases[0].date: is required"), r.err());
  }

  @Test
  void malformedYamlIsReportedWithItsLine() throws IOException {
    CliRun.Result r = check("malformed.yaml", "cases:\n  - name: [unclosed\n");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("$: malformed YAML: expected ',' or ']', but got <stream end> (line 3, column 1)"), r.err());
  }

  @Test
  void anUnknownKeyInACaseIsRefused() throws IOException {
    CliRun.Result r = check("unknown-key.yaml", HEADER + "  - name: typo\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n"
        + "    expect: {\"parts[0].amount\": \"0.50\"}\n    expected: {\"parts[1].amount\": \"0.49\"}\n");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("cases[0].expected: unknown field; expected one of"), r.err());
  }

  @Test
  void overridesOutsideTheCaseFilesFolderAreRefusedAndNeverRead() throws IOException {
    Path secret = Files.writeString(dir.getParent().resolve("jingzhun-secret-" + System.nanoTime() + ".yaml"), "SECRET-CONTENT\n");
    try {
      CliRun.Result r = check("escape.yaml", HEADER.replace("cases:\n", "overrides: ../" + secret.getFileName() + "\ncases:\n")
          + "  - name: any\n    overrides: /etc/passwd\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n"
          + "    expect: {\"parts[0].amount\": \"0.50\"}\n");
      assertEquals(2, r.status());
      assertEquals("", r.out());
      assertTrue(r.err().contains("overrides = '../" + secret.getFileName() + "': names a file outside the case file's folder"), r.err());
      assertTrue(r.err().contains("cases[0].overrides = '/etc/passwd': names a file outside the case file's folder"), r.err());
      assertFalse(r.err().contains("SECRET-CONTENT") || r.err().contains("root:"), r.err());
    } finally {
      Files.delete(secret);
    }
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsRefused() throws IOException {
    Path outside = Files.createTempFile("jingzhun-outside-", ".yaml");
    try {
      Files.createSymbolicLink(dir.resolve("link.yaml"), outside);
      CliRun.Result r = check("linked.yaml", HEADER.replace("cases:\n", "overrides: link.yaml\ncases:\n")
          + "  - name: any\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n    expect: {\"parts[0].amount\": \"0.50\"}\n");
      assertEquals(2, r.status());
      assertTrue(r.err().contains("overrides = 'link.yaml': names a file outside the case file's folder"), r.err());
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void aMissingCaseFileIsExitStatusFourAndRunsNothing() {
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.load()), "", "check", "no-such-cases.yaml");
    assertEquals(4, r.status());
    assertEquals("", r.out());
    assertEquals("jingzhun check: 文件错误 (file problem): cannot read no-such-cases.yaml: no such file\n", r.err());
  }

  @Test
  void overridesNamedByPathAreReadBesideTheCaseFile() throws IOException {
    Files.copy(CliRun.repositoryRoot().resolve("examples/policy/example-loss-sharing.yaml"), dir.resolve("reform.yaml"));
    CliRun.Result r = check("by-path.yaml", "calculation: money-allocation\ndate: 2019-06-01\nregion: \"511902\"\n"
        + "overrides: reform.yaml\ncases:\n  - name: from the file\n"
        + "    input: {amount: \"10.00\", ratioParameter: example.risk.loss-ratio.fund-bank}\n"
        + "    expect: {\"parts[0].amount\": \"6.00\", \"parts[1].amount\": \"4.00\"}\n");
    assertEquals("1 passed, 0 failed\n", r.out());
  }

  @Test
  void anExpectationGivenTwiceRefusesTheFileNamingTheKey() throws IOException {
    // the second expectation of parts[0].amount would otherwise silently replace the first
    CliRun.Result r = check("twice.yaml", HEADER + "  - name: twice\n    input: {amount: \"1.00\", ratio: \"1:1\"}\n"
        + "    expect:\n      parts[0].amount: \"0.49\"\n      parts[0].amount: \"0.50\"\n");
    assertEquals(2, r.status());
    assertEquals("", r.out());
    assertTrue(r.err().contains("duplicate name: 'parts[0].amount' appears twice"), r.err());
  }

  @Test
  void aKeyGivenTwiceInAJsonCaseFileIsRefused() throws IOException {
    CliRun.Result r = check("twice.json", "{\"calculation\": \"money-allocation\", \"date\": \"2019-06-01\","
        + " \"date\": \"2020-06-01\", \"cases\": []}");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("date: duplicate name: 'date' appears twice"), r.err());
  }
}

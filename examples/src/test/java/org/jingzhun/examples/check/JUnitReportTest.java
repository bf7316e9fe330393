package org.jingzhun.examples.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code check --junit-xml}: the report is parsed back as a CI server would read it. */
class JUnitReportTest {
  @TempDir
  Path dir;

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element only(Element parent, String tag) {
    NodeList found = parent.getElementsByTagName(tag);
    assertEquals(1, found.getLength(), tag);
    return (Element) found.item(0);
  }

  @Test
  void aFileIsASuiteAndEachCaseATestWithItsFailures() throws Exception {
    Document d = parse(JUnitReport.of(List.of(
        new CaseOutcome("a.yaml", "right", List.of()),
        new CaseOutcome("a.yaml", "wrong", List.of("x: expected 1, actual 2", "y: expected 3, actual 4")),
        new CaseOutcome("b.yaml", "also right", List.of()))));
    Element root = d.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("3", root.getAttribute("tests"));
    assertEquals("1", root.getAttribute("failures"));
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(2, suites.getLength());
    Element a = (Element) suites.item(0);
    assertEquals("a.yaml", a.getAttribute("name"));
    assertEquals("2", a.getAttribute("tests"));
    assertEquals("1", a.getAttribute("failures"));
    Element wrong = (Element) a.getElementsByTagName("testcase").item(1);
    assertEquals("a.yaml", wrong.getAttribute("classname"));
    assertEquals("wrong", wrong.getAttribute("name"));
    Element failure = only(wrong, "failure");
    assertEquals("x: expected 1, actual 2", failure.getAttribute("message"));
    assertEquals("x: expected 1, actual 2\ny: expected 3, actual 4", failure.getTextContent());
    assertEquals(0, ((Element) suites.item(1)).getElementsByTagName("failure").getLength());
  }

  @Test
  void aFileThatIsNotACaseFileIsAnError() throws Exception {
    Element root = parse(JUnitReport.of(List.of(new CaseOutcome("notes.yaml", "", List.of("not a case file: no cases")))))
        .getDocumentElement();
    assertEquals("1", root.getAttribute("errors"));
    assertEquals("0", root.getAttribute("failures"));
    Element test = only(root, "testcase");
    assertEquals("notes.yaml", test.getAttribute("name"));
    assertEquals("not a case file: no cases", only(test, "error").getAttribute("message"));
  }

  @Test
  void markupInNamesAndMessagesIsEscaped() throws Exception {
    String name = "<a & \"b\"> 'c' 贫困户";
    Element test = only(parse(JUnitReport.of(List.of(new CaseOutcome("x.yaml", name, List.of("expected <1> & 2")))))
        .getDocumentElement(), "testcase");
    assertEquals(name, test.getAttribute("name"));
    assertEquals("expected <1> & 2", only(test, "failure").getTextContent());
  }

  @Test
  void checkWritesTheReportBesideItsUsualOutput() throws Exception {
    Path report = dir.resolve("cases.xml");
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.shipped()), "",
        "check", "--junit-xml", report.toString(), "docs/examples/failing-case.yaml");
    assertEquals(1, r.status(), r.err());
    assertTrue(r.out().endsWith("1 passed, 1 failed\n"), r.out());
    Element root = parse(Files.readString(report)).getDocumentElement();
    assertEquals("2", root.getAttribute("tests"));
    Element suite = only(root, "testsuite");
    assertEquals("docs/examples/failing-case.yaml", suite.getAttribute("name"));
    assertEquals("parts[1].amount: expected 0.49, actual 0.50", only(suite, "failure").getAttribute("message"));
  }

  @Test
  void theReportShownInTheCliDocumentationIsTheOneWritten() throws Exception {
    String doc = Files.readString(CliRun.repositoryRoot().resolve("docs/cli.md"));
    int block = doc.indexOf("```xml\n", doc.indexOf("--junit-xml cases.xml docs/examples/failing-case.yaml"));
    assertTrue(block > 0, "docs/cli.md shows no report");
    String shown = doc.substring(block + "```xml\n".length(), doc.indexOf("```", block + 1));
    Path report = dir.resolve("cases.xml");
    CliRun.run(CliRun.environment(PolicyBook.shipped()), "", "check", "--junit-xml", report.toString(),
        "docs/examples/failing-case.yaml");
    assertEquals(shown, Files.readString(report));
  }

  @Test
  void aReportThatCannotBeWrittenIsExitStatusFourAndLeavesNothing() {
    Path report = dir.resolve("no-such-folder/cases.xml");
    CliRun.Result r = CliRun.run(CliRun.environment(PolicyBook.shipped()), "",
        "check", "--junit-xml", report.toString(), "examples/cases/money-allocation.yaml");
    assertEquals(4, r.status(), r.err());
    assertTrue(r.err().contains("cannot write " + report + ": its folder does not exist"), r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(report.getParent()));
  }
}

package org.jingzhun.examples.check;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit 报告 — the outcomes of a {@code check} run as a JUnit XML report, the format of Ant's
 * and Maven Surefire's reports that CI servers read: a {@code testsuite} per case file, a
 * {@code testcase} per case (its {@code classname} the file, its {@code name} the case's). A
 * failed case holds a {@code failure} whose message is its first failing expectation and whose
 * text lists them all, a line each; a file that is not a case file is one {@code testcase}
 * named after the file, holding an {@code error}.
 */
public final class JUnitReport {
  private final XMLStreamWriter xml;

  private JUnitReport(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /**
   * The report of {@code outcomes}, in their order, as an XML document encoded in UTF-8 once
   * written.
   *
   * @param outcomes the outcomes of a run, as the command line reports them
   * @return the XML document, with its declaration
   */
  public static String of(List<CaseOutcome> outcomes) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      new JUnitReport(xml).document(outcomes);
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit report in memory", e);
    }
    return text.toString();
  }

  private void document(List<CaseOutcome> outcomes) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "jingzhun check");
    counts(outcomes);
    for (Map.Entry<String, List<CaseOutcome>> file : byFile(outcomes).entrySet()) {
      suite(file.getKey(), file.getValue());
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private void suite(String file, List<CaseOutcome> outcomes) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", file);
    counts(outcomes);
    for (CaseOutcome outcome : outcomes) {
      testCase(outcome);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private void testCase(CaseOutcome outcome) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    if (outcome.passed()) {
      xml.writeEmptyElement("testcase");
      names(outcome);
      return;
    }
    xml.writeStartElement("testcase");
    names(outcome);
    xml.writeCharacters("\n      ");
    xml.writeStartElement(unreadable(outcome) ? "error" : "failure");
    xml.writeAttribute("message", outcome.failures().get(0));
    xml.writeCharacters(String.join("\n", outcome.failures()));
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  /** A test is named by its case, within its file; a file that is not a case file by itself. */
  private void names(CaseOutcome outcome) throws XMLStreamException {
    xml.writeAttribute("classname", outcome.file());
    xml.writeAttribute("name", unreadable(outcome) ? outcome.file() : outcome.name());
  }

  /** The {@code tests}, {@code failures} and {@code errors} attributes of {@code outcomes}. */
  private void counts(List<CaseOutcome> outcomes) throws XMLStreamException {
    long errors = outcomes.stream().filter(JUnitReport::unreadable).count();
    long failures = outcomes.stream().filter(o -> !o.passed()).count() - errors;
    xml.writeAttribute("tests", Integer.toString(outcomes.size()));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", Long.toString(errors));
  }

  /** A file that could not be read as a case file: its outcome failed and has no case name. */
  private static boolean unreadable(CaseOutcome outcome) {
    return outcome.name().isEmpty() && !outcome.passed();
  }

  private static Map<String, List<CaseOutcome>> byFile(List<CaseOutcome> outcomes) {
    Map<String, List<CaseOutcome>> files = new LinkedHashMap<>();
    outcomes.forEach(o -> files.computeIfAbsent(o.file(), f -> new ArrayList<>()).add(o));
    return files;
  }
}

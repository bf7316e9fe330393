package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * A parameter file reads the same in JSON as in YAML: JSON goes through Jackson's JSON reader (a file
 * opening with '{'), YAML through the YAML reader, and both give equal parameters and, for the same
 * faults, the same messages at the same lines.
 */
class PolicyFormatsTest {
  /** The JSON file; "--- " before it makes the same text a YAML document with the same lines. */
  private static final String JSON = """
      {"sources": {"nbs": {"issuer": "国家统计局", "title": "监测报告", "confidence": "DOCUMENT"}},
       "parameters": {
        "line": {"unit": "YUAN_PER_PERSON_YEAR", "description": {"zh": "线", "en": "line"}, "continuous": true,
         "values": {"000000": [
           {"from": "2011-01-01", "until": "2012-01-01", "value": 2536, "source": "nbs"},
           {"from": "2012-01-01", "value": "2625.50", "source": "nbs"}],
          "510000": [{"from": "2015-01-01", "value": 3100, "source": "nbs"}]}},
        "share": {"unit": "SHARE", "description": {"zh": "比例", "en": "share"},
         "values": {"000000": [{"from": "2016-01-01", "value": 0.25, "source": "nbs"}]}},
        "count": {"unit": "COUNT", "description": {"zh": "数", "en": "count"},
         "values": {"000000": [{"from": "2016-01-01", "value": 7, "source": "nbs"}]}}}}
      """;

  /** The same parameters written as YAML is usually written: block mappings, flow entries. */
  private static final String YAML = """
      sources:
        nbs: {issuer: 国家统计局, title: 监测报告, confidence: DOCUMENT}
      parameters:
        line:
          unit: YUAN_PER_PERSON_YEAR
          description: {zh: 线, en: line}
          continuous: true
          values:
            "000000":
              - {from: 2011-01-01, until: 2012-01-01, value: 2536, source: nbs}
              - {from: 2012-01-01, value: "2625.50", source: nbs}
            "510000":
              - {from: 2015-01-01, value: 3100, source: nbs}
        share:
          unit: SHARE
          description: {zh: 比例, en: share}
          values:
            "000000": [{from: 2016-01-01, value: 0.25, source: nbs}]
        count:
          unit: COUNT
          description: {zh: 数, en: count}
          values:
            "000000": [{from: 2016-01-01, value: 7, source: nbs}]
      """;

  /** Faults on lines 2, 4, 5 and 6: a duplicate name, a bad unit, a date out of the calendar, a negative share. */
  private static final String FAULTY_JSON = """
      {"parameters": {
        "a": {"unit": "COUNT", "unit": "COUNT", "description": {"zh": "数", "en": "count"}, "values": {"000000": [
          {"from": "2016-01-01", "value": 7, "source": {"issuer": "a", "title": "b", "confidence": "DOCUMENT"}}]}},
        "b": {"unit": "FURLONG", "description": {"zh": "数", "en": "count"}, "values": {"000000": [
          {"from": "2016-02-30", "value": 7, "value": 8, "source": {"issuer": "a", "title": "b", "confidence": "DOCUMENT"}}]}},
        "c": {"unit": "SHARE", "description": {"zh": "比例", "en": "share"}, "values": {"000000": [{"from": "2016-01-01", "value": -0.5, "source": {"issuer": "a", "title": "b", "confidence": "DOCUMENT"}}]}}}}
      """;

  private static Map<String, List<ParameterValue>> values(PolicyBook book) {
    return book.parameters().values().stream().collect(Collectors.toMap(Parameter::name,
        p -> p.timelines().values().stream().flatMap(List::stream).toList()));
  }

  /** The values without where they were written, which differs between a JSON and a YAML layout. */
  private static Map<String, List<List<Object>>> withoutOrigins(PolicyBook book) {
    return values(book).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
        .map(v -> List.<Object>of(v.from(), v.until(), v.value(), v.source())).toList()));
  }

  private static List<String> messages(String text) {
    ValidationException e = assertThrows(ValidationException.class, () -> PolicyBook.load(new PolicyFile("f", text)));
    return e.violations().stream().map(v -> v.path() + " " + v.value() + " " + v.message()).toList();
  }

  @Test
  void theSameTextReadAsJsonAndAsYamlGivesEqualParametersAtTheSameLines() {
    PolicyBook json = PolicyBook.load(new PolicyFile("f", JSON));
    PolicyBook yaml = PolicyBook.load(new PolicyFile("f", "--- " + JSON));
    assertEquals(values(json), values(yaml));
    assertEquals(3, values(json).size());
    assertEquals("f:5", values(json).get("line").get(0).origin());
  }

  @Test
  void aYamlFileAndAJsonFileOfTheSameParametersGiveEqualValues() {
    assertEquals(withoutOrigins(PolicyBook.load(new PolicyFile("f.json", JSON))),
        withoutOrigins(PolicyBook.load(new PolicyFile("f.yaml", YAML))));
  }

  @Test
  void theSameFaultsGiveTheSameMessagesAtTheSameLinesInJsonAndInYaml() {
    List<String> json = messages(FAULTY_JSON);
    assertEquals(json, messages("--- " + FAULTY_JSON));
    // duplicates at lines 2 ('unit') and 5 ('value'), the unknown unit at 4, the date at 5, the share at 6
    assertEquals(5, json.size(), json.toString());
  }

  /**
   * A mapping of more than eight fields has its lines found through an index: the ninth key (which
   * builds the index) and the tenth (added to it) are found at their own lines. Lines: 1 "---", 2
   * "parameters:", 3 "n:", 4 unit, 5 description, 6 "values:", then the regions from line 7, one a
   * line: the ninth region ('bad9') is on line 15 and the tenth ('bad10') on line 16.
   */
  @Test
  void aLongMappingsLaterKeysAreFoundAtTheirOwnLines() {
    StringBuilder yaml = new StringBuilder("---\nparameters:\n  n:\n    unit: COUNT\n    description: {zh: 数, en: count}\n    values:\n");
    for (String region : List.of("110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "bad9", "bad10")) {
      yaml.append("      \"").append(region).append("\": [{from: 2016-01-01, value: 7, source: {issuer: a, title: b, confidence: DOCUMENT}}]\n");
    }
    List<String> found = messages(yaml.toString());
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("f:15 "), found.toString());
    assertTrue(found.get(1).startsWith("f:16 "), found.toString());
  }

  /**
   * An anchor and an alias are refused at their lines, never read: Jackson's tree would take the
   * alias {@code *v} as the text "v". Lines: 1 "---", 2 "parameters:", 3 "a:", 4 unit, 5
   * description, 6 values, 7 the region, 8 the anchored value, 9 the alias.
   */
  @Test
  void anAnchorAndAnAliasAreRefusedAtTheirLines() {
    String yaml = """
        ---
        parameters:
          a:
            unit: TEXT
            description: {zh: 文, en: text}
            values:
              "000000":
                - {from: 2016-01-01, until: 2017-01-01, value: &v seven, source: {issuer: a, title: b, confidence: DOCUMENT}}
                - {from: 2017-01-01, value: *v, source: {issuer: a, title: b, confidence: DOCUMENT}}
        """;
    List<String> found = messages(yaml);
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("f:8 ") && found.get(0).contains("anchors or aliases"), found.toString());
    assertTrue(found.get(1).startsWith("f:9 "), found.toString());
  }
}

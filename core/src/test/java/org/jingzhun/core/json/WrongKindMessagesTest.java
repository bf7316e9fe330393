package org.jingzhun.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A value of the wrong kind is reported with what was expected and what was found, at its path. */
class WrongKindMessagesTest {
  private static final String MODES = "one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY";

  /** One optional field of each kind the messages name. */
  record Kinds(Optional<String> text, Optional<Boolean> flag, Optional<Integer> count, Optional<Long> big,
      Optional<BigInteger> huge, Optional<BigDecimal> number, Optional<Double> dbl, Optional<LocalDate> date,
      Optional<RoundingMode> mode, Optional<List<Integer>> list, Optional<Map<String, Integer>> map,
      Optional<Values> nested, Optional<Map<RoundingMode, Integer>> keyed) {}

  private static List<Violation> refused(String json) {
    return assertThrows(ValidationException.class, () -> JingzhunJson.read(json, Kinds.class), json).violations();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "text   | [1]       |       | expected text, not a list",
    "text   | {\"a\": 1}  |       | expected text, not an object",
    "flag   | 1.5       | 1.5   | expected true or false, not a number",
    "count  | true      | true  | expected a whole number, not true",
    "count  | false     | false | expected a whole number, not false",
    "big    | [1]       |       | expected a whole number, not a list",
    "huge   | {\"a\": 1}  |       | expected a whole number, not an object",
    "number | true      | true  | expected a number, not true",
    "dbl    | [1]       |       | expected a number, not a list",
    "date   | true      |       | expected a date written YYYY-MM-DD, not true",
    "list   | \"x\"     | x     | expected a list [ … ], not text",
    "list   | 1         | 1     | expected a list [ … ], not a number",
    "map    | 1         | 1     | expected an object { \"name\": value, … }, not a number",
    "nested | \"x\"     | x     | expected an object { … }, not text",
  })
  void aValueOfTheWrongKindSaysWhatWasExpectedAndFound(String field, String json, String value, String message) {
    assertEquals(List.of(new Violation(field, value == null ? "" : value, message)),
        refused("{\"" + field + "\": " + json + "}"));
  }

  @Test
  void anEnumerationListsItsNames() {
    assertEquals(List.of(new Violation("mode", "1.5", "expected " + MODES + ", not a number")), refused("{\"mode\": 1.5}"));
    assertEquals(List.of(new Violation("mode", "x", "is not " + MODES)), refused("{\"mode\": \"x\"}"));
  }

  @Test
  void aMapKeyOfTheWrongKindIsReportedAtTheKey() {
    assertEquals(List.of(new Violation("keyed.bad", "", "is not a name this object may have; a name here is " + MODES)),
        refused("{\"keyed\": {\"HALF_UP\": 1, \"bad\": 2}}"));
  }

  @Test
  void textThatIsNotANumberSaysSo() {
    assertEquals(List.of(new Violation("count", "x", "is not a whole number")), refused("{\"count\": \"x\"}"));
    assertEquals(List.of(new Violation("number", "x", "is not a number")), refused("{\"number\": \"x\"}"));
  }

  @Test
  void aYamlDocumentOfTheWrongShapeIsReportedAtTheRoot() {
    ValidationException list = assertThrows(ValidationException.class, () -> JingzhunJson.readYaml("- 1\n- 2", Kinds.class));
    assertEquals(List.of(new Violation("", "", "expected an object { … }, not a list")), list.violations());
    ValidationException twice = assertThrows(ValidationException.class,
        () -> JingzhunJson.readYaml("text: x\ntext: y", Kinds.class));
    assertEquals(List.of(new Violation("", "", "duplicate name: 'text' appears twice in the same mapping (line 2)")),
        twice.violations());
    ValidationException broken = assertThrows(ValidationException.class, () -> JingzhunJson.readYaml("a: b: c", Kinds.class));
    assertEquals(List.of(new Violation("", "", "malformed YAML: mapping values are not allowed here (line 1, column 5)")),
        broken.violations());
  }
}

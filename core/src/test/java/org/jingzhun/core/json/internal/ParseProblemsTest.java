package org.jingzhun.core.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON and YAML readers' complaints in the user's words, in core itself (the command line's
 * hostile-input corpus checks the same through the program): each known complaint said again,
 * an unknown one as "not well-formed", and where it is.
 */
class ParseProblemsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Duplicate field 'wages'                                   | duplicate name: 'wages' appears twice in the same object; give each field once",
    "Duplicate Object property 'a'                             | duplicate name: 'a' appears twice in the same object; give each field once",
    "Unexpected end-of-input: expected close marker for Object | malformed JSON: the document ends too early (is it cut short?)",
    "Unexpected character ('}' (code 125)): was expecting comma to separate Object entries | malformed JSON: a comma is missing between two entries",
    "Unexpected character ('a' (code 97)): was expecting double-quote to start field name | malformed JSON: a field name must be in double quotes",
    "Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value | malformed JSON: a colon is missing after a field name",
    "Unexpected close marker ']': expected '}'                 | malformed JSON: the closing ']' does not match what it closes",
    "Unrecognized token 'yes': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') | malformed JSON: 'yes' is not a JSON value (text must be in double quotes)",
    "Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped | malformed JSON: a control character in text must be written with a backslash escape",
    "Invalid numeric value: Leading zeroes not allowed         | malformed JSON: a number may not begin with 0",
    "Non-standard token 'NaN': enable feature to allow         | malformed JSON: NaN and Infinity are not numbers JSON can hold",
    "Non-standard token '-Infinity': enable feature to allow   | malformed JSON: NaN and Infinity are not numbers JSON can hold",
    "Document nesting depth (65) exceeds the maximum allowed   | malformed JSON: lists and objects are nested deeper than " + "64 levels",
    "Number value length (1001) exceeds the maximum allowed    | malformed JSON: a number has more than 1000 characters",
    "Unexpected character ('#' (code 35)): expected a valid value | malformed JSON: the character '#' is not expected here",
    "Unexpected character in some other way                     | malformed JSON: a character is not expected here",
    "Invalid UTF-8 start byte 0xff                              | malformed JSON: the bytes are not UTF-8 text",
    "Invalid numeric value: Missing integer part                | malformed JSON: a number is not written as JSON writes numbers",
    "something no one has seen                                  | malformed JSON: the document is not well-formed",
  })
  void aKnownComplaintIsSaidInTheUsersWordsAndAnUnknownOneAsNotWellFormed(String complaint, String words) {
    assertEquals(words.replace("64 levels", InputLimits.MAX_DEPTH + " levels")
        .replace("1000 characters", InputLimits.MAX_NUMBER_CHARS + " characters"), ParseErrors.describe(complaint));
  }

  @Test
  void noComplaintAtAllIsNotWellFormed() {
    assertEquals("malformed JSON: the document is not well-formed", ParseErrors.describe(null));
  }

  private static List<Violation> refused(String json) {
    return assertThrows(ValidationException.class, () -> JsonMapping.read(json, Map.class), json).violations();
  }

  @Test
  void aMalformedDocumentSaysWhereWithLineAndColumn() {
    // after the comma a field name must follow: the '}' at line 2, column 1 is not one
    assertEquals(List.of(new Violation("a", "", "malformed JSON: a field name must be in double quotes (line 2, column 1)")),
        refused("{\"a\": 1,\n}"));
    // the token alone is quoted back, not the reader's words after it
    String unquoted = refused("{\"a\": 1, \"b\": yes}").get(0).message();
    assertEquals(true, unquoted.startsWith("malformed JSON: 'yes' is not a JSON value (text must be in double quotes) (line 1, column "),
        unquoted);
    assertEquals(List.of(new Violation("", "", "malformed JSON: more follows after the end of the document")),
        refused("{\"a\": 1} 2"));
  }

  @Test
  void aNameGivenTwiceIsNamedAtItsPath() {
    // the second "b" ends at column 19 of line 1
    assertEquals("duplicate name: 'b' appears twice in the same object; give each field once (line 1, column 19)",
        refused("{\"a\": {\"b\": 1, \"b\": 2}}").get(0).message());
    assertEquals("a.b", refused("{\"a\": {\"b\": 1, \"b\": 2}}").get(0).path());
  }

  @Test
  void aYamlNameGivenTwiceAndBadYamlSayWhere() {
    ValidationException twice = assertThrows(ValidationException.class, () -> JsonMapping.readYaml("a: 1\na: 2\n", Map.class));
    assertEquals(List.of(new Violation("", "", "duplicate name: 'a' appears twice in the same mapping (line 2)")),
        twice.violations());
    ValidationException bad = assertThrows(ValidationException.class, () -> JsonMapping.readYaml("a: [1, 2\nb: 3\n", Map.class));
    assertEquals(1, bad.violations().size());
    assertEquals(true, bad.violations().get(0).message().startsWith("malformed YAML: "), bad.violations().toString());
    assertEquals(true, bad.violations().get(0).message().contains("(line "), bad.violations().toString());
  }
}

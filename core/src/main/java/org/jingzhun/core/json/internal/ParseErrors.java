package org.jingzhun.core.json.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.InputLimits;
import org.jingzhun.core.validation.Violation;

/**
 * What is wrong with a document that is not well-formed, in the user's words: the parser's
 * complaint recognised and said again, or a plain "is not well-formed" when it is not one of
 * those known. The parser's own text never reaches the user.
 */
final class ParseErrors {
  private record Known(Pattern complaint, String words) {}

  private static final String MALFORMED = "malformed JSON: ";
  private static final List<Known> KNOWN = List.of(
      known("Duplicate (?:field|Object property|key) '(.*)'", "duplicate name: '$1' appears twice in the same object; give each field once"),
      known("Unexpected end-of-input.*", MALFORMED + "the document ends too early (is it cut short?)"),
      known(".*was expecting comma to separate (?:Object|Array) entries.*", MALFORMED + "a comma is missing between two entries"),
      known(".*was expecting double-quote to start field name.*", MALFORMED + "a field name must be in double quotes"),
      known(".*was expecting a colon to separate field name and value.*", MALFORMED + "a colon is missing after a field name"),
      known("Unexpected close marker '(.)'.*", MALFORMED + "the closing '$1' does not match what it closes"),
      known("Unrecognized token '([^']{0,40})[^']*'.*", MALFORMED + "'$1' is not a JSON value (text must be in double quotes)"),
      known(".*Illegal unquoted character.*", MALFORMED + "a control character in text must be written with a backslash escape"),
      known(".*Leading zeroes not allowed.*", MALFORMED + "a number may not begin with 0"),
      known(".*[Nn]on-standard token 'NaN'.*|.*Non-standard token '[-+]?Infinity'.*", MALFORMED + "NaN and Infinity are not numbers JSON can hold"),
      known(".*nesting depth.*", MALFORMED + "lists and objects are nested deeper than " + InputLimits.MAX_DEPTH + " levels"),
      known(".*Number value length.*|.*Number length.*", MALFORMED + "a number has more than " + InputLimits.MAX_NUMBER_CHARS + " characters"),
      known(".*String value length.*|.*String length.*", MALFORMED + "a text is longer than " + InputLimits.MAX_TEXT_CHARS + " characters"),
      known(".*Name length.*", MALFORMED + "a field name is longer than " + InputLimits.MAX_TEXT_CHARS + " characters"),
      known(".*[Tt]oken count.*", MALFORMED + "the document has too many values"),
      known(".*Unexpected character \\('(.)' \\(code \\d+\\)\\).*", MALFORMED + "the character '$1' is not expected here"),
      known(".*Unexpected character .*", MALFORMED + "a character is not expected here"),
      known(".*Invalid UTF-8.*|.*Invalid UTF-32.*", MALFORMED + "the bytes are not UTF-8 text"),
      known(".*[Ii]nvalid numeric value.*|.*Invalid number.*", MALFORMED + "a number is not written as JSON writes numbers"));

  private ParseErrors() {}

  private static Known known(String complaint, String words) {
    return new Known(Pattern.compile(complaint, Pattern.DOTALL), words);
  }

  /** {@code complaint} (the parser's message) in the user's words. */
  static String describe(String complaint) {
    if (complaint != null) {
      for (Known k : KNOWN) {
        Matcher m = k.complaint().matcher(complaint);
        if (m.matches()) {
          return Violation.shown(m.replaceFirst(k.words()));
        }
      }
    }
    return MALFORMED + "the document is not well-formed";
  }


}

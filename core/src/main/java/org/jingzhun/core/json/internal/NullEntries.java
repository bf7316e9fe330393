package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.ValidationException;

/**
 * {@code null} as an entry of a list or a value of a map ({@code "members": [null]},
 * {@code "rigidSpending": {"MEDICAL": null}}), which no value type accepts. An entry of our own
 * types is recorded where it is read; one of another type reaches the value's builder, which
 * refuses it (naming the attribute, {@code members element}, when it can), and is recorded from
 * there, at the attribute or else at the object. The builders of the value types refuse nothing
 * else with a null pointer (a missing attribute is reported by the type's own check).
 */
final class NullEntries {
  /** How the generated builders name a null entry: {@code members element}, {@code rigidSpending value}. */
  private static final Pattern BUILDER = Pattern.compile("(\\w+) (element|value|key)");
  private static final String MESSAGE = "is null, which is not a value here; leave the entry out or give its value";

  private NullEntries() {}

  /**
   * Records the null at which the read stands, if it is an entry of a list or a value of a map;
   * a null field of an object (whose reader has made the object current) means the field is absent.
   */
  static void recordIfEntry(DeserializationContext ctxt) {
    ReadProblems problems = ReadProblems.in(ctxt);
    JsonParser p = ctxt == null ? null : ctxt.getParser();
    if (problems == null || p == null || p.currentToken() != JsonToken.VALUE_NULL) {
      return;
    }
    JsonStreamContext at = p.getParsingContext();
    Object reading = at.getCurrentValue();
    if (at.inArray() || (at.inObject() && (reading == null || reading instanceof Map))) {
      problems.record(ParsePaths.of(p), "", MESSAGE);
    }
  }

  /** Whether {@code e} is a builder refusing a null entry. */
  static boolean isNullEntry(Throwable e) {
    return root(e) instanceof NullPointerException;
  }

  /** The violation of the null entry that {@code e} refused, at its attribute when the builder named it. */
  static ValidationException violation(Throwable e) {
    Matcher m = BUILDER.matcher(String.valueOf(root(e).getMessage()));
    return ValidationException.of(m.matches() ? m.group(1) : "", "", MESSAGE);
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}

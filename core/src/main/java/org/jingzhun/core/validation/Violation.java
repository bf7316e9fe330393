package org.jingzhun.core.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * 违规项 — one thing wrong with an input: where it is, what it was, and what to do about it.
 *
 * @param path field path in the input, such as {@code members[2].birthDate}; empty for the
 *     input as a whole (shown as {@code $})
 * @param value the offending value as text, or empty when the value is missing
 * @param message what is wrong, in words a clerk can act on
 * @param kind bad input, or no policy in force for what was asked
 */
public record Violation(String path, String value, String message, Kind kind) {

  /** What kind of problem a violation is. */
  public enum Kind {
    /** The input is wrong: the caller must correct it. */
    INPUT,
    /**
     * 无政策 — the input may be right, but the policy book has no value in force for a
     * parameter the calculation needs (for that region and date): the caller must choose
     * another date or region, or load the missing figures.
     */
    NO_POLICY
  }

  /** The most characters of a value that a message shows. */
  private static final int SHOWN_CHARS = 200;

  /**
   * A violation; every component is required.
   *
   * @param path field path in the input, such as {@code members[2].birthDate}; empty for the input
   *     as a whole (shown as {@code $})
   * @param value the offending value as text, or empty when the value is missing
   * @param message what is wrong, in words a clerk can act on
   * @param kind bad input, or no policy in force for what was asked
   * @throws NullPointerException if a component is null
   */
  public Violation {
    checkNotNull(path, "path");
    checkNotNull(value, "value");
    checkNotNull(message, "message");
    checkNotNull(kind, "kind");
  }

  /**
   * A violation of the input ({@link Kind#INPUT}).
   *
   * @param path the field path, e.g. {@code members[0].birthDate}; empty for the whole input
   * @param value the bad value as text; empty when missing
   * @param message what is wrong, in words a clerk can act on
   */
  public Violation(String path, String value, String message) {
    this(path, value, message, Kind.INPUT);
  }

  /**
   * {@return the same violation seen from an enclosing object: {@code prefix} is prepended to the
   * path}
   *
   * @param prefix the path of the field that holds the nested value, e.g. {@code members[2]}
   */
  public Violation under(String prefix) {
    return new Violation(FieldPath.join(prefix, path), value, message, kind);
  }

  /**
   * The violation as one line: {@code members[2].birthDate = '2030-01-01': is after …}, the whole
   * input shown as {@code $}, the path and value cut to 200 characters each with control
   * characters shown as {@code \\uXXXX}, so that a hostile input cannot garble a terminal.
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "$" : shown(path);
    return value.isEmpty() ? where + ": " + message : where + " = '" + shown(value) + "': " + message;
  }

  /**
   * {@return {@code text} as a message shows it: at most 200 characters, control characters as
   * {@code \\uXXXX}}
   *
   * @param text the value as given
   */
  public static String shown(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), SHOWN_CHARS));
    text.codePoints().limit(SHOWN_CHARS).forEach(c -> out.append(Character.isISOControl(c)
        ? String.format(Locale.ROOT, "\\u%04x", c) : new String(Character.toChars(c))));
    return text.codePointCount(0, text.length()) > SHOWN_CHARS ? out + "…" : out.toString();
  }
}

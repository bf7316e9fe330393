package org.jingzhun.core.validation;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * 违规项 — one thing wrong with an input: where it is, what it was, and what to do about it.
 *
 * @param path field path in the input, such as {@code members[2].birthDate}; empty for the
 *     input as a whole
 * @param value the offending value as text, or empty when the value is missing
 * @param message what is wrong, in words a clerk can act on
 */
public record Violation(String path, String value, String message) {

  public Violation {
    checkNotNull(path, "path");
    checkNotNull(value, "value");
    checkNotNull(message, "message");
  }

  /** The same violation seen from an enclosing object: {@code prefix} is prepended to the path. */
  public Violation under(String prefix) {
    return new Violation(FieldPath.join(prefix, path), value, message);
  }

  @Override
  public String toString() {
    String where = path.isEmpty() ? "$" : path;
    return value.isEmpty() ? where + ": " + message : where + " = '" + value + "': " + message;
  }
}

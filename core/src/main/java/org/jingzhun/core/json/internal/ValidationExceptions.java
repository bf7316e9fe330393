package org.jingzhun.core.json.internal;

import org.jingzhun.core.validation.ValidationException;

/** Finds the {@link ValidationException} that a mapper's exception wraps, if any. */
final class ValidationExceptions {
  private ValidationExceptions() {}

  /** The validation exception that {@code e} is or wraps, or null. */
  static ValidationException inside(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ValidationException v) {
        return v;
      }
      if (t.getCause() == t) {
        return null;
      }
    }
    return null;
  }
}

package org.jingzhun.core.json.internal;

import com.fasterxml.jackson.databind.DeserializationContext;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;

/**
 * 问题清单 — every problem found while one document is read, kept so that reading goes on
 * after the first and the user sees them all at once. Attached to one read as a context
 * attribute ({@link #KEY}); without it, deserializers throw at the first problem as usual.
 *
 * <p>A problem of a whole object that follows from a problem already recorded inside it (a
 * member that could not be read makes its household incomplete) is not recorded again.
 */
public final class ReadProblems {
  /** The context attribute under which a read's problems are kept. */
  public static final Object KEY = ReadProblems.class;

  /** The most problems listed; a document with more gets a last line saying so. */
  public static final int MAX_LISTED = 100;

  private final List<Violation> found = new ArrayList<>();
  private boolean more;

  /** The problems of the read in {@code context}, or null when it does not keep them. */
  static ReadProblems in(DeserializationContext context) {
    return context == null ? null : (ReadProblems) context.getAttribute(KEY);
  }

  /** Records {@code problem}'s violations under {@code path}, except those that follow from earlier ones. */
  public void record(String path, ValidationException problem) {
    for (Violation v : problem.violations()) {
      Violation at = v.under(path);
      if (found.size() >= MAX_LISTED) {
        more = true;
      } else if (!hasAtOrInside(at.path())) {
        found.add(at);
      }
    }
  }

  /** Records one violation. */
  void record(String path, String value, String message) {
    record(path, ValidationException.of("", value, message));
  }

  /** Whether a problem was recorded at {@code path} or inside it ({@code a.b} and {@code a[1]} are inside {@code a}). */
  boolean hasAtOrInside(String path) {
    for (Violation v : found) {
      String p = v.path();
      if (path.isEmpty() || p.equals(path) || p.startsWith(path + ".") || p.startsWith(path + "[")) {
        return true;
      }
    }
    return false;
  }

  /** Throws every problem recorded, if any. */
  public void throwIfAny() {
    if (more) {
      found.add(new Violation("", "", "more problems follow; correct these first (at most " + MAX_LISTED + " are listed)"));
    }
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }

  /** Whether nothing was recorded. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  @Override
  public String toString() {
    return found.toString();
  }

}

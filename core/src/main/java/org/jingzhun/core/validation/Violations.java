package org.jingzhun.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * 违规清单 — collects violations while an input is checked, then throws them all at once.
 *
 * <pre>{@code
 * Violations.collect()
 *     .require("village", village)
 *     .check(members.size() >= 1, "members", members.size(), "a household needs at least one member")
 *     .throwIfAny();
 * }</pre>
 */
public final class Violations {
  private final List<Violation> found = new ArrayList<>();

  private Violations() {}

  /** A new, empty collector. */
  public static Violations collect() {
    return new Violations();
  }

  /** Records a violation. */
  public Violations add(String path, Object value, String message) {
    found.add(new Violation(path, value == null ? "" : String.valueOf(value), message));
    return this;
  }

  /** Records a violation unless {@code ok}. */
  public Violations check(boolean ok, String path, Object value, String message) {
    if (!ok) {
      add(path, value, message);
    }
    return this;
  }

  /** Records "is required" when {@code value} is null. Returns whether it was present. */
  public boolean require(String path, Object value) {
    if (value == null) {
      add(path, null, "is required");
      return false;
    }
    return true;
  }

  /** Adds the violations of a nested check, their paths under {@code prefix}. */
  public Violations addAll(String prefix, List<Violation> nested) {
    nested.forEach(v -> found.add(v.under(prefix)));
    return this;
  }

  /**
   * Runs a nested construction and keeps its violations (under {@code prefix}) instead of
   * letting them escape; returns its value, or {@code null} when it was invalid.
   */
  public <T> T attempt(String prefix, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (ValidationException e) {
      addAll(prefix, e.violations());
      return null;
    }
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The violations found so far. */
  public List<Violation> list() {
    return ImmutableList.copyOf(found);
  }

  /** Throws a {@link ValidationException} listing every violation found, if any. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}

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

  /** {@return a new, empty collector} */
  public static Violations collect() {
    return new Violations();
  }

  /**
   * Records a violation.
   *
   * @param path the field path, e.g. {@code members[0].birthDate}; empty for the whole input
   * @param value the value at fault, shown in the message
   * @param message what is wrong, in words a clerk can act on
   * @return this, to chain calls
   */
  public Violations add(String path, Object value, String message) {
    found.add(new Violation(path, value == null ? "" : String.valueOf(value), message));
    return this;
  }

  /**
   * Records a violation unless {@code ok}.
   *
   * @param ok whether the rule holds
   * @param path the field path, e.g. {@code members[0].birthDate}; empty for the whole input
   * @param value the value at fault, shown in the message
   * @param message what is wrong, in words a clerk can act on
   * @return this, to chain calls
   */
  public Violations check(boolean ok, String path, Object value, String message) {
    if (!ok) {
      add(path, value, message);
    }
    return this;
  }

  /**
   * Records "is required" when {@code value} is null. Returns whether it was present.
   *
   * @param path the field path, e.g. {@code members[0].birthDate}; empty for the whole input
   * @param value the value, {@code null} when missing
   * @return whether {@code value} was present
   */
  public boolean require(String path, Object value) {
    if (value == null) {
      add(path, null, "is required");
      return false;
    }
    return true;
  }

  /**
   * Adds the violations of a nested check, their paths under {@code prefix}.
   *
   * @param prefix the path of the field that holds the nested value, e.g. {@code members[2]}
   * @param nested the nested violations, their paths relative to {@code prefix}
   * @return this, to chain calls
   */
  public Violations addAll(String prefix, List<Violation> nested) {
    nested.forEach(v -> found.add(v.under(prefix)));
    return this;
  }

  /**
   * Runs a nested construction and keeps its violations (under {@code prefix}) instead of
   * letting them escape; returns its value, or {@code null} when it was invalid.
   *
   * @param <T> the type built
   * @param prefix the path of the field that holds the nested value, e.g. {@code members[2]}
   * @param construction builds the nested value, throwing {@link ValidationException} when it is
   *     invalid
   * @return what the construction built, or {@code null} if it failed (its violations are then
   *     recorded)
   */
  public <T> T attempt(String prefix, Supplier<T> construction) {
    try {
      return construction.get();
    } catch (ValidationException e) {
      addAll(prefix, e.violations());
      return null;
    }
  }

  /** {@return whether no violation has been recorded} */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** {@return the violations found so far} */
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

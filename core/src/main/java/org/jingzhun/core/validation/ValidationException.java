package org.jingzhun.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 输入有误 — the one exception type for invalid input. It carries every violation found, each
 * with its field path, so that a clerk can correct a record in one pass. No result is ever
 * computed from an input that raised it.
 */
public final class ValidationException extends RuntimeException {
  /** Every violation found, in the order found; never empty. */
  private final ImmutableList<Violation> violations;

  /**
   * An exception listing {@code violations}, which must not be empty.
   *
   * @param violations every violation found, at least one
   */
  public ValidationException(List<Violation> violations) {
    super(describe(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * {@return an exception with a single violation}
   *
   * @param path the field path, e.g. {@code members[0].birthDate}; empty for the whole input
   * @param value the bad value as given (null when missing)
   * @param message what is wrong, in words a clerk can act on
   */
  public static ValidationException of(String path, Object value, String message) {
    return new ValidationException(
        ImmutableList.of(new Violation(path, value == null ? "" : String.valueOf(value), message)));
  }

  /**
   * {@return whether every violation is {@link Violation.Kind#NO_POLICY}: the input was acceptable
   * but the policy book has no value in force for something the calculation needs}
   */
  public boolean isNoPolicy() {
    return violations.stream().allMatch(v -> v.kind() == Violation.Kind.NO_POLICY);
  }

  /** {@return every violation, in the order found} */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return the same violations seen from an enclosing object, their paths under {@code prefix}}
   *
   * @param prefix the path of the field that holds the nested value, e.g. {@code members[2]}
   */
  public ValidationException under(String prefix) {
    return new ValidationException(
        violations.stream().map(v -> v.under(prefix)).collect(ImmutableList.toImmutableList()));
  }

  private static String describe(List<Violation> violations) {
    return violations.size()
        + (violations.size() == 1 ? " violation: " : " violations: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}

package org.jingzhun.web.internal;

import org.jingzhun.core.validation.ValidationException;

/**
 * 查询参数错误 — the violations of a request's query parameters (a date that is not a date, an
 * unknown parameter), answered as 400 with each violation {@code in} the query.
 */
public final class QueryViolations extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationException violations;

  /**
   * The query's violations.
   *
   * @param violations every violation, each at the parameter's name
   */
  public QueryViolations(ValidationException violations) {
    super("the query is invalid", null, false, false);
    this.violations = violations;
  }

  /** {@return the violations} */
  public ValidationException violations() {
    return violations;
  }
}

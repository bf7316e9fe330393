package org.jingzhun.web.internal;

import org.jingzhun.core.policy.PolicyBook;

/**
 * 政策书 — the policy book the server was started with, and its official-only view, each made
 * once: every request uses one of these two objects, so the rules resolved for a (region, date)
 * are cached across requests and no request reads a parameter file.
 *
 * @param all the book, every value
 * @param officialOnly the same book refusing estimated and unverified values
 */
public record Books(PolicyBook all, PolicyBook officialOnly) {
  /**
   * {@return {@code book} and its official-only view}
   *
   * @param book the server's book
   */
  public static Books of(PolicyBook book) {
    return new Books(book, book.officialOnly());
  }

  /**
   * {@return the book a request asked for}
   *
   * @param official whether it asked for official values only
   */
  public PolicyBook book(boolean official) {
    return official ? officialOnly : all;
  }
}

package org.jingzhun.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jingzhun.core.policy.PolicyBook;

/**
 * 已解析政策 — the policy books this JVM has resolved from {@link PolicyText}, by fingerprint: an
 * executor reads and checks a policy once, whatever the number of its tasks. A job uses one
 * policy or a few (a reform beside the base), so the cache is emptied when it would pass
 * {@value #KEPT} books.
 */
final class ResolvedPolicies {
  /** How many books are kept at most. */
  static final int KEPT = 8;
  private static final Map<String, PolicyBook> BOOKS = new ConcurrentHashMap<>();

  private ResolvedPolicies() {}

  /** The book of {@code text}, resolved here once. */
  static PolicyBook book(PolicyText text) {
    PolicyBook known = BOOKS.get(text.fingerprint());
    if (known != null) {
      return known;
    }
    if (BOOKS.size() >= KEPT) {
      BOOKS.clear();
    }
    return BOOKS.computeIfAbsent(text.fingerprint(), f -> resolve(text));
  }

  private static PolicyBook resolve(PolicyText text) {
    String here = text.fingerprintHere();
    if (!here.equals(text.fingerprint())) {
      throw new IllegalStateException("政策指纹不符 / policy fingerprint mismatch: the driver sent policy "
          + text.fingerprint() + " but the shipped parameter files here give " + here
          + "; run the same jingzhun-spark (or jingzhun-spark-bundle) jar on the driver and the executors");
    }
    PolicyBook shipped = PolicyBook.shipped();
    return text.overlays().isEmpty() ? shipped : shipped.withOverrides(text.overlays());
  }
}

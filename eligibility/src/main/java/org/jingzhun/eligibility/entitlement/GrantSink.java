package org.jingzhun.eligibility.entitlement;

import org.jingzhun.core.money.Share;

/**
 * 待遇去处 — where a programme's rules put what they grant one household, as plain amounts in fen:
 * {@link Grants} through {@link Grants#sink} for the per-household path, a population's totals
 * or a row of results for the columnar path. A sink serves one thread.
 */
public interface GrantSink {
  /** The member index of a grant to the whole household. */
  int HOUSEHOLD = -1;

  /**
   * Grants an entitlement of {@code kind}.
   *
   * @param kind what is granted; one of the kinds its programme declares
   * @param member the member's index in the household, or {@link #HOUSEHOLD}
   * @param fen the amount in fen, at least 0: a month for a monthly kind, a year for a yearly
   *     kind, once for a one-off kind
   */
  void grant(EntitlementKind kind, int member, long fen);

  /**
   * Sets the cap on the household's personal share of in-county hospital bills.
   *
   * @param cap the cap
   */
  void personalShareCap(Share cap);
}

package org.jingzhun.planning.simulation;

import java.util.Arrays;
import org.jingzhun.core.money.Share;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.GrantSink;

/**
 * 户年度待遇 — what the registry's programmes granted one household in one campaign year, by
 * kind, in fen a year (12 × the month of a monthly kind). One object serves one range of
 * households: {@link #clear} before each.
 */
final class YearGrants implements GrantSink {
  private static final int MONTHS = 12;

  private final CampaignKinds kinds;
  /** The household's amount of the year of each kind, by the kind's position. */
  final long[] fen;
  private boolean renovated;

  YearGrants(CampaignKinds kinds) {
    this.kinds = kinds;
    this.fen = new long[kinds.size()];
  }

  /** Clears the grants, before the next household. */
  void clear() {
    Arrays.fill(fen, 0);
    renovated = false;
  }

  @Override
  public void grant(EntitlementKind kind, int member, long amount) {
    int i = kinds.position(kind);
    fen[i] = Math.addExact(fen[i], kinds.monthly[i] ? Math.multiplyExact(amount, MONTHS) : amount);
    renovated |= i == kinds.renovation;
  }

  /** The campaign settles inpatient bills by the medical cascade, which applies the cap itself. */
  @Override
  public void personalShareCap(Share cap) {}

  /** {@return the year's amount of the monthly kinds: cash the household lives on, part of its income after transfers} */
  long cashFen() {
    long sum = 0;
    for (int i = 0; i < fen.length; i++) {
      sum = kinds.monthly[i] ? Math.addExact(sum, fen[i]) : sum;
    }
    return sum;
  }

  /** {@return the year's amount of the kinds reported under {@code programme}} */
  long fen(Programme programme) {
    long sum = 0;
    for (int i = 0; i < fen.length; i++) {
      sum = kinds.reportedUnder[i] == programme ? Math.addExact(sum, fen[i]) : sum;
    }
    return sum;
  }

  /** {@return the year's amount of every kind} */
  long totalFen() {
    long sum = 0;
    for (long f : fen) {
      sum = Math.addExact(sum, f);
    }
    return sum;
  }

  /** {@return whether the renovation grant was granted: the dwelling is then made safe} */
  boolean renovated() {
    return renovated;
  }
}

package org.jingzhun.testsupport;

import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Share;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionSink;

/**
 * One household's prescription as a digest and a line of text, from either path: the standing
 * (poor, extreme, primary batch), then each grant in order (kind, member index, amount in fen as
 * the kind is paid), then the cap. Also adds every amount to totals by kind.
 */
final class PrescriptionDigest implements PrescriptionSink {
  private final List<EntitlementKind> kinds;
  final long[] amountFen;
  long digest;
  final StringBuilder text = new StringBuilder();
  boolean negative;

  PrescriptionDigest(List<EntitlementKind> kinds) {
    this.kinds = kinds;
    this.amountFen = new long[kinds.size()];
  }

  /** Starts a new household (the totals go on). */
  PrescriptionDigest reset() {
    digest = 17;
    text.setLength(0);
    return this;
  }

  private void mix(long x) {
    digest = digest * 1_000_003 + x;
  }

  @Override
  public void standing(boolean poor, boolean extreme, FiveBatch primary) {
    mix(poor ? 1 : 2);
    mix(extreme ? 3 : 4);
    mix(primary.ordinal());
    text.append(poor ? "poor " : "not-poor ").append(extreme ? "extreme " : "").append(primary).append(':');
  }

  @Override
  public void grant(EntitlementKind kind, int member, long fen) {
    int k = kinds.indexOf(kind);
    mix(k);
    mix(member);
    mix(fen);
    amountFen[k] += fen;
    negative |= fen < 0;
    text.append(' ').append(kind.id()).append('[').append(member).append("]=").append(fen);
  }

  @Override
  public void personalShareCap(Share cap) {
    mix(cap.hashCode());
    text.append(" cap=").append(cap);
  }

  /** Feeds the per-household prescription {@code p} of {@code h} through this sink. */
  void of(Household h, Prescription p) {
    HouseholdStanding s = HouseholdStanding.of(h, p.date(), p.identification(), Optional.empty());
    standing(s.poor(), s.extreme(), p.batch().primary());
    for (Entitlement e : p.entitlements()) {
      int member = e.memberId().map(id -> indexOf(h, id)).orElse(PrescriptionSink.HOUSEHOLD);
      grant(e.kind(), member, (e.kind().payment() == Payment.MONTHLY ? e.monthly() : e.yearly()).fen());
    }
    p.personalShareCap().ifPresent(this::personalShareCap);
  }

  /** {@return the text of {@code p}, as {@link #of} feeds it} */
  String textOf(Household h, Prescription p) {
    of(h, p);
    return text.toString();
  }

  private static int indexOf(Household h, String id) {
    for (int m = 0; m < h.size(); m++) {
      if (h.members().get(m).id().equals(id)) {
        return m;
      }
    }
    throw new AssertionError(id + " is not a member of " + h.id());
  }
}

package org.jingzhun.eligibility.columnar;

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
 * One household's prescription written as a line, from any path: the standing, each grant in
 * order (kind, member index, amount in fen as the kind is paid), then the cap. A per-household
 * {@link Prescription} is written by {@link #of}.
 */
final class RecordingSink implements PrescriptionSink {
  private final StringBuilder text = new StringBuilder();
  /** The cap, written last: a programme may set it before or after others grant, by the registry's order. */
  private String cap = "";

  @Override
  public void standing(boolean poor, boolean extreme, FiveBatch primary) {
    text.append(poor ? "poor " : "not-poor ").append(extreme ? "extreme " : "").append(primary).append(':');
  }

  @Override
  public void grant(EntitlementKind kind, int member, long fen) {
    text.append(' ').append(kind.id()).append('[').append(member).append("]=").append(fen);
  }

  @Override
  public void personalShareCap(Share cap) {
    this.cap = " cap=" + cap;
  }

  /** {@return the line of {@code p}, the prescription of {@code h}, as the sinks are fed} */
  static String of(Household h, Prescription p) {
    RecordingSink s = new RecordingSink();
    HouseholdStanding standing = HouseholdStanding.of(h, p.date(), p.identification(), Optional.empty());
    s.standing(standing.poor(), standing.extreme(), p.batch().primary());
    for (Entitlement e : p.entitlements()) {
      int member = e.memberId().map(id -> indexOf(h, id)).orElse(HOUSEHOLD);
      s.grant(e.kind(), member, (e.kind().payment() == Payment.MONTHLY ? e.monthly() : e.yearly()).fen());
    }
    p.personalShareCap().ifPresent(s::personalShareCap);
    return s.toString();
  }

  private static int indexOf(Household h, String id) {
    for (int m = 0; m < h.size(); m++) {
      if (h.members().get(m).id().equals(id)) {
        return m;
      }
    }
    throw new AssertionError(id + " is not a member of " + h.id());
  }

  @Override
  public String toString() {
    return text + cap;
  }
}

package org.jingzhun.eligibility.columnar;

import java.util.List;
import org.jingzhun.core.money.Share;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.prescription.PrescriptionSink;

/**
 * The running totals of a range of households, as plain counters: fed by
 * {@link org.jingzhun.eligibility.prescription.PrescriptionRules#prescribe(org.jingzhun.eligibility.entitlement.HouseholdFacts,
 * PrescriptionSink)}, read into {@link PrescriptionTotals}. One tally serves one thread.
 */
final class KindTally implements PrescriptionSink {
  private static final int MONTHS = 12;
  private static final int BATCHES = FiveBatch.values().length;

  final EntitlementKind[] kinds;
  /** The kinds by their hash, open addressing with linear probing: found in a step or two, not by a search. */
  private final EntitlementKind[] slotKind;
  /** The index in {@link #kinds} of the kind in each slot. */
  private final int[] slotIndex;
  final long[] amountFen;
  final long[] grants;
  final long[] primary = new long[BATCHES];
  long households;
  long poor;
  long extreme;
  long capped;
  long monthlyFen;
  long yearlyFen;

  KindTally(List<EntitlementKind> kinds) {
    this.kinds = kinds.toArray(EntitlementKind[]::new);
    this.amountFen = new long[this.kinds.length];
    this.grants = new long[this.kinds.length];
    int slots = Integer.highestOneBit(Math.max(4, this.kinds.length * 4 - 1)) << 1;
    this.slotKind = new EntitlementKind[slots];
    this.slotIndex = new int[slots];
    for (int k = 0; k < this.kinds.length; k++) {
      int s = slotOf(this.kinds[k]);
      while (slotKind[s] != null) {
        s = (s + 1) & (slots - 1);
      }
      slotKind[s] = this.kinds[k];
      slotIndex[s] = k;
    }
  }

  /** The first slot a kind's hash points to. */
  private int slotOf(EntitlementKind kind) {
    int h = kind.hashCode();
    return (h ^ h >>> 16) & (slotKind.length - 1);
  }

  @Override
  public void standing(boolean isPoor, boolean isExtreme, FiveBatch batch) {
    households++;
    poor += isPoor ? 1 : 0;
    extreme += isExtreme ? 1 : 0;
    primary[batch.ordinal()]++;
  }

  @Override
  public void grant(EntitlementKind kind, int member, long fen) {
    int k = indexOf(kind);
    amountFen[k] = Math.addExact(amountFen[k], fen);
    grants[k]++;
    if (kind.payment() == Payment.MONTHLY) {
      monthlyFen = Math.addExact(monthlyFen, fen);
      yearlyFen = Math.addExact(yearlyFen, Math.multiplyExact(fen, MONTHS));
    } else {
      yearlyFen = Math.addExact(yearlyFen, fen);
    }
  }

  @Override
  public void personalShareCap(Share cap) {
    capped++;
  }

  private int indexOf(EntitlementKind kind) {
    for (int s = slotOf(kind); slotKind[s] != null; s = (s + 1) & (slotKind.length - 1)) {
      if (slotKind[s] == kind) {
        return slotIndex[s];
      }
    }
    throw new IllegalArgumentException("a programme granted " + kind + ", which its registry does not declare");
  }

  /** Adds {@code other}'s counts to these. */
  void add(KindTally other) {
    for (int k = 0; k < kinds.length; k++) {
      amountFen[k] = Math.addExact(amountFen[k], other.amountFen[k]);
      grants[k] += other.grants[k];
    }
    for (int b = 0; b < BATCHES; b++) {
      primary[b] += other.primary[b];
    }
    households += other.households;
    poor += other.poor;
    extreme += other.extreme;
    capped += other.capped;
    monthlyFen = Math.addExact(monthlyFen, other.monthlyFen);
    yearlyFen = Math.addExact(yearlyFen, other.yearlyFen);
  }
}

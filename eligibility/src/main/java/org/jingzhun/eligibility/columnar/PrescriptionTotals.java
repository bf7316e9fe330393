package org.jingzhun.eligibility.columnar;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.entitlement.EntitlementKind;

/**
 * 处方汇总 — the prescriptions of a population added up: households, poor and extreme-poverty
 * households, primary batches, and for each entitlement kind the number of grants and their
 * amount (a month for monthly kinds, a year for yearly kinds, once for one-off kinds); the
 * monthly total (monthly kinds) and the yearly total (12 × monthly + yearly + one-off), exact
 * to the fen. Immutable.
 */
public final class PrescriptionTotals {
  private final List<EntitlementKind> kinds;
  private final long[] amountFen;
  private final long[] grants;
  private final long[] primary;
  private final long households;
  private final long poor;
  private final long extreme;
  private final long capped;
  private final long monthlyFen;
  private final long yearlyFen;

  PrescriptionTotals(List<EntitlementKind> kinds, KindTally t) {
    this.kinds = List.copyOf(kinds);
    this.amountFen = t.amountFen.clone();
    this.grants = t.grants.clone();
    this.primary = t.primary.clone();
    this.households = t.households;
    this.poor = t.poor;
    this.extreme = t.extreme;
    this.capped = t.capped;
    this.monthlyFen = t.monthlyFen;
    this.yearlyFen = t.yearlyFen;
  }

  /** {@return the kinds counted, in the registry's order} */
  public List<EntitlementKind> kinds() {
    return kinds;
  }

  /** {@return the number of households prescribed} */
  public long households() {
    return households;
  }

  /** {@return the number of poor households (identified poor, or registered and not exited)} */
  public long poor() {
    return poor;
  }

  /** {@return the number of extreme-poverty (特困) households} */
  public long extreme() {
    return extreme;
  }

  /** {@return the number of households whose personal share of hospital bills is capped} */
  public long withPersonalShareCap() {
    return capped;
  }

  /**
   * {@return the number of households whose primary batch is {@code batch}}
   *
   * @param batch the batch
   */
  public long primary(FiveBatch batch) {
    return primary[batch.ordinal()];
  }

  /**
   * {@return the number of entitlements of {@code kind} granted}
   *
   * @param kind one of {@link #kinds()}
   * @throws IllegalArgumentException if it is not
   */
  public long grants(EntitlementKind kind) {
    return grants[indexOf(kind)];
  }

  /**
   * {@return the amount of the entitlements of {@code kind}: a month for a monthly kind, a year
   * for a yearly kind, once for a one-off kind}
   *
   * @param kind one of {@link #kinds()}
   * @throws IllegalArgumentException if it is not
   */
  public Money amount(EntitlementKind kind) {
    return Money.ofFen(amountFen[indexOf(kind)]);
  }

  /** {@return the sum of the monthly payments of every household} */
  public Money monthlyTotal() {
    return Money.ofFen(monthlyFen);
  }

  /** {@return the sum of the yearly totals of every household: 12 × monthly + yearly + one-off} */
  public Money yearlyTotal() {
    return Money.ofFen(yearlyFen);
  }

  private int indexOf(EntitlementKind kind) {
    int k = kinds.indexOf(kind);
    if (k < 0) {
      throw new IllegalArgumentException(kind + " is not counted here");
    }
    return k;
  }

  @Override
  public String toString() {
    return "PrescriptionTotals[" + households + " households, " + poor + " poor, yearly " + yearlyTotal() + "]";
  }
}

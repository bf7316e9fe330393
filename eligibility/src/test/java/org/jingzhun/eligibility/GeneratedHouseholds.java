package org.jingzhun.eligibility;

import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Money;

/**
 * Households for the property tests comparing the primitive entry points with the Household
 * path: net income in fen anchored where the rules turn (exactly at a per-person line × members,
 * a few fen either side, a net loss, zero, or anywhere), and flags for labour, the income's
 * kind and the guarantee deficits.
 */
public final class GeneratedHouseholds {
  private GeneratedHouseholds() {}

  /** Where the income is anchored. */
  public static final int KINDS = 5;
  /** Flag bits: see {@link #household}. */
  public static final int FLAGS = 1 << 6;

  /**
   * The net income in fen for {@code kind}: 0 anywhere ({@code amount} per member), 1 at
   * {@code lineFen} × members + ({@code amount} mod 14), 2 at {@code otherLineFen} × members +
   * (amount mod 14), 3 a net loss (−|amount| − 1), 4 zero.
   */
  public static long netFen(int kind, long amount, int members, long lineFen, long otherLineFen) {
    long offset = amount % 14;
    return switch (kind) {
      case 0 -> amount * members;
      case 1 -> lineFen * members + offset;
      case 2 -> otherLineFen * members + offset;
      case 3 -> -Math.abs(amount) - 1;
      default -> 0;
    };
  }

  /**
   * A household of {@code members} with net income {@code netFen}. Flags: bit 0, no member can
   * work; bit 1, the income is transfers (else wages); bits 2–3, the housing grade A–D; bit 4,
   * no safe water; bit 5, the last member uninsured. A net loss is production costs above a
   * zero gross income.
   */
  public static Household household(int members, long netFen, int flags) {
    Money net = Money.ofFen(Math.max(netFen, 0));
    Income.Builder income = Income.builder().productionCosts(Money.ofFen(Math.max(-netFen, 0)));
    if ((flags & 2) != 0) {
      income.transfers(net);
    } else {
      income.wages(net);
    }
    Household.Builder b = Household.builder().id("H1").village(Fixtures.VILLAGE).income(income.build())
        .housing(HousingSafetyGrade.values()[(flags >> 2) & 3]).safeDrinkingWater((flags & 16) == 0);
    for (int i = 1; i <= members; i++) {
      Person.Builder p = Fixtures.adult("P" + i);
      if ((flags & 1) != 0) {
        p.labourCapacity(LabourCapacity.NONE);
      }
      if (i == members && (flags & 32) != 0) {
        p.insured(false);
      }
      b.addMembers(p.build());
    }
    return b.build();
  }

  /** Whether no member can work and the household has no wages, business or property income. */
  public static boolean noLabourNoLivelihood(Household h) {
    return h.members().stream().allMatch(p -> p.labourCapacity() == LabourCapacity.NONE)
        && h.income().wages().isZero() && h.income().business().isZero() && h.income().property().isZero();
  }
}

package org.jingzhun.eligibility.identification;

import com.google.common.math.LongMath;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Money;

/**
 * 农户计算 — the household figures the rules read on their fast path, computed in whole fen
 * with the same results as {@link Household}'s own methods but without allocating on the
 * happy path.
 */
public final class Households {
  private Households() {}

  /**
   * {@return {@link Household#perCapitaNetIncome()}: net income / members, half-up to the fen}
   *
   * @param h the household
   */
  public static Money perCapitaNetIncome(Household h) {
    return Money.ofFen(LongMath.divide(h.netIncome().fen(), h.size(), RoundingMode.HALF_UP));
  }

  /**
   * Checks that no member is born after {@code date}; on failure, {@link Household#checkOn}
   * reports every such member with its path.
   *
   * @param h the household
   * @param date the day whose rules apply
   */
  public static void checkBornBy(Household h, LocalDate date) {
    for (Person p : h.members()) {
      if (p.birthDate().isAfter(date)) {
        h.checkOn(date);
      }
    }
  }
}

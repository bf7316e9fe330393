package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.exit.HouseholdExitRules;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.policy.IncomeTest;

/**
 * The simulation's fast paths: answers the library's rules give for sure from a household's net
 * income and size alone, so that the simulation need not build the household's record to know
 * them. Each is exact (never a different answer), and a property test checks it against the
 * library on generated households.
 */
final class Shortcuts {
  private Shortcuts() {}

  /**
   * {@link IdentificationRules#identify} finds a household poor only when its net income is below
   * the identification line, or below the line × {@code identification.deficit-income-multiple}
   * with guarantee deficits: so one not below the line × max(1, that multiple) is not poor.
   */
  static boolean surelyNotPoor(long netIncomeFen, int members, Money line, BigDecimal deficitMultiple) {
    if (deficitMultiple.compareTo(BigDecimal.ONE) <= 0) {
      return netIncomeFen >= Math.multiplyExact(line.fen(), (long) members);
    }
    return !IncomeTest.below(Money.ofFen(netIncomeFen), members, line, deficitMultiple);
  }

  /**
   * {@link HouseholdExitRules#assess} passes a household only if its net income is above the line
   * × {@code exit.household.income-multiple}: one not above fails whatever else holds.
   */
  static boolean surelyNoExit(long netIncomeFen, int members, Money line, BigDecimal incomeMultiple) {
    return !IncomeTest.above(Money.ofFen(netIncomeFen), members, line, incomeMultiple);
  }
}

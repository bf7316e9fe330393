package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.eligibility.policy.IncomeTest;

/**
 * The identification fast path: {@link IdentificationRules#identify} finds a household poor only
 * when its net income is below the identification line, or below the line ×
 * {@code identification.deficit-income-multiple} with guarantee deficits. So a household whose
 * net income is not below the line × max(1, that multiple) is not poor, and the simulation need
 * not build its record to know it. Households below are identified by the library itself.
 */
final class IdentificationShortcut {
  private IdentificationShortcut() {}

  /** Whether a household of {@code members} with {@code netIncomeFen} is surely not identified poor. */
  static boolean surelyNotPoor(long netIncomeFen, int members, Money line, BigDecimal deficitMultiple) {
    if (deficitMultiple.compareTo(BigDecimal.ONE) <= 0) {
      return netIncomeFen >= Math.multiplyExact(line.fen(), (long) members);
    }
    return !IncomeTest.below(Money.ofFen(netIncomeFen), members, line, deficitMultiple);
  }
}

package org.jingzhun.finance.subsidy;

import java.util.List;

import com.google.common.collect.ImmutableList;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.time.Quarter;

/**
 * 贴息申报表 — what the budget owes one bank for one quarter (按季申报): a line per loan with
 * interest settled in the quarter, and the total.
 */
public record BankClaim(String bank, Quarter quarter, List<ClaimLine> lines) {

  /**
   * Keeps an unmodifiable copy of {@code lines}.
   *
   * @param bank the bank claiming
   * @param quarter the quarter claimed
   * @param lines a line per loan with interest settled in the quarter
   */
  public BankClaim {
    lines = List.copyOf(lines);
  }

  /** {@return the subsidy claimed: the sum of the lines} */
  public Money totalSubsidy() {
    return Money.sum(lines.stream().map(ClaimLine::subsidy).toList());
  }

  /** {@return the interest the bank claims, summed over its lines} */
  public Money totalInterest() {
    return Money.sum(lines.stream().map(ClaimLine::interest).toList());
  }
}

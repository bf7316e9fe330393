package org.jingzhun.examples.finance;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.time.Quarter;
import org.jingzhun.finance.subsidy.BankClaim;
import org.jingzhun.finance.subsidy.ClaimLine;

/**
 * 贴息申报汇总 — a quarter's claims, one per bank (by name), each with its lines and totals,
 * and the subsidy claimed from the budget in all.
 */
public record ClaimReport(Quarter quarter, ImmutableList<Bank> claims, Money totalSubsidy) {

  /** 银行申报表 — one bank's claim: a line per loan, the interest settled and the subsidy claimed. */
  public record Bank(String bank, List<ClaimLine> lines, Money totalInterest, Money totalSubsidy) {}

  public static ClaimReport of(Quarter quarter, List<BankClaim> claims) {
    ImmutableList<Bank> banks = claims.stream()
        .map(c -> new Bank(c.bank(), c.lines(), c.totalInterest(), c.totalSubsidy()))
        .collect(ImmutableList.toImmutableList());
    return new ClaimReport(quarter, banks, Money.sum(banks.stream().map(Bank::totalSubsidy).toList()));
  }
}

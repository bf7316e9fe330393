package org.jingzhun.examples.finance;

import java.util.List;

import org.jingzhun.core.money.Money;
import org.jingzhun.finance.risk.BalancePoint;
import org.jingzhun.finance.risk.FundLedger;
import org.jingzhun.finance.risk.LendingStatus;

/**
 * 风险补偿金台账报表 — a fund's balance after each movement, and on a date its lending status:
 * balance, capacity (balance × leverage multiple, rounded down), loans outstanding and overdue,
 * whether new lending is suspended and why, and the room left to lend.
 */
public record LedgerReport(
    String fund, List<BalancePoint> balances, LendingStatus status, boolean suspended, Money room) {

  public static LedgerReport of(FundLedger ledger, LendingStatus status) {
    return new LedgerReport(ledger.fund(), ledger.balances(), status, status.isSuspended(), status.room());
  }
}

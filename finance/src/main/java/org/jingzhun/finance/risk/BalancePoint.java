package org.jingzhun.finance.risk;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;

/** 余额变动 — the fund's balance just after one ledger entry. */
public record BalancePoint(LocalDate date, LedgerEntryKind kind, Money change, Money balance) {}

package org.jingzhun.finance.risk;

import org.jingzhun.core.money.Money;

/** 分配金额 — an amount going to one party. */
public record PartyAmount(String party, PartyKind kind, Money amount) {}

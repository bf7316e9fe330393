package org.jingzhun.finance.revolving;

import org.jingzhun.core.money.Money;

/**
 * 占用费明细 — one loan's usage fee for a year: principal-days in the year (Σ outstanding fen ×
 * days), the fee, the subsidised part (poor members) and the member's part.
 */
public record FeeLine(String loanId, String member, boolean poor, long principalDays, Money fee, Money subsidised, Money memberPays) {}

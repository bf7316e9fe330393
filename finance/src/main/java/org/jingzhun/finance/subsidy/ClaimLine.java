package org.jingzhun.finance.subsidy;

import java.util.List;
import com.google.common.collect.ImmutableList;
import org.jingzhun.core.money.Money;

/**
 * 申报明细 — one loan's line on a bank's quarterly claim: the periods settled in the quarter,
 * their interest, the subsidy claimed and the borrower's share.
 */
public record ClaimLine(
    String loanId, String borrower, List<SubsidyLine> periods, Money interest, Money subsidy, Money borrowerShare) {}

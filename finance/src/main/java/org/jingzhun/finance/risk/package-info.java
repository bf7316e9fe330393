/**
 * 风险补偿与分险 — risk-sharing agreements (分险协议), the split of a defaulted loan's loss between the
 * parties (损失分担), recoveries (追偿), and the risk fund's ledger with its lending capacity (放大倍数) and
 * suspension (暂停).
 *
 * <p>Start with an agreement, {@link RiskSharingAgreement#fundAndBank} or
 * {@link RiskSharingAgreement#fourThreeTwoOne} (the county's terms from the book) or
 * {@link RiskSharingAgreement#builder()}; then {@link LossAllocation#allocate} splits a defaulted
 * loan, {@link RecoveryAllocation#distribute} a recovery, and {@link FundLedger} keeps the fund's
 * balance and lending capacity.
 */
@DomainStyle
package org.jingzhun.finance.risk;

import org.jingzhun.core.style.DomainStyle;

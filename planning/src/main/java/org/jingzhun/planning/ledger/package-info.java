/**
 * 账目分记 — the household ledger: every payment and benefit a household receives, with its
 * programme, the fund that pays it, its date and amount, and the rule and parameters that
 * produced it; balances by fund that add up to the fen; and the reconciliation of a campaign's
 * ledger with the funds' totals of its years.
 *
 * <p>Start with {@link PrescriptionLedger#of} for one household's prescription, or run a
 * campaign with a {@link CampaignLedger} as its listener; check a campaign's ledger with
 * {@link FundReconciliation#of}. Which fund pays what is a parameter ({@link LedgerFunding}).
 */
@DomainStyle
package org.jingzhun.planning.ledger;

import org.jingzhun.core.style.DomainStyle;

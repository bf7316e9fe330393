/**
 * 医疗救助基金 — the medical-assistance fund, held in the social-security fiscal special account
 * and accounted by source (专户管理、专款专用、分账核算): receipts from the budget, lottery
 * public-welfare funds, donations and interest, disbursements to beneficiaries by layer
 * (premium subsidies, inpatient and outpatient aid), one sub-ledger per source and the year-end
 * statement, which balances to the fen.
 *
 * <p>Start with {@link MedicalAssistanceFund} and its {@code statement(rules)}, with rules from
 * {@link MedicalFundRules#fromPolicy}.
 */
@DomainStyle
package org.jingzhun.finance.medicalfund;

import org.jingzhun.core.style.DomainStyle;

package org.jingzhun.finance.subsidy;

import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;

/**
 * 贴息明细 — one period of a loan's subsidy: the interest the bank charged, the part the budget
 * pays, and the part left to the borrower.
 *
 * @param period the loan period (1 = first)
 * @param days the period's days under the loan's day count
 * @param principalBase the principal subsidised at the start of the period (outstanding,
 *     capped by the policy's principal cap)
 * @param bankRate the rate the bank charged
 * @param subsidisedRate the rate up to which interest is subsidised
 * @param interest the interest charged
 * @param subsidy the subsidy: min(interest, subsidisable interest), never negative
 * @param borrowerShare interest − subsidy
 */
public record SubsidyLine(
    int period,
    LocalDate start,
    LocalDate end,
    long days,
    Money principalBase,
    AnnualRate bankRate,
    AnnualRate subsidisedRate,
    Money interest,
    Money subsidy,
    Money borrowerShare,
    SubsidyStatus status) {}

/**
 * 贷款 — loan terms (本金、利率、放款日与到期日、还款方式、结息规则、计息基准) and what actually happened to a loan
 * (提前还款、逾期、核销).
 *
 * <p>Start with {@link LoanTerms#builder()} for a loan's contract and {@link LoanHistory} for what
 * happened to it (none: {@link LoanHistory#none()}); {@link DayCount} names the day-count
 * conventions.
 */
@DomainStyle
package org.jingzhun.finance.loan;

import org.jingzhun.core.style.DomainStyle;

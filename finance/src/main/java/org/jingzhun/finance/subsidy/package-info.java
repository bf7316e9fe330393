/**
 * 贴息 — interest-subsidy policies, the subsidy of each loan period, and quarterly claim statements
 * per bank (按季申报).
 *
 * <p>Start with a policy, {@link SubsidyPolicy#povertyMicrocredit} or
 * {@link SubsidyPolicy#relocationLoan} (read from the book for a region and date), then
 * {@link InterestSubsidy#compute} for one loan or {@link SubsidyClaims#forQuarter} for a bank's
 * quarterly claims.
 */
@DomainStyle
package org.jingzhun.finance.subsidy;

import org.jingzhun.core.style.DomainStyle;

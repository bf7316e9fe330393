/**
 * 资金来源 — funding sources, their yearly amounts and earmarks; and the pooled housing funds of a
 * 巴山新居 settlement, drawn in order to pay its build modes' subsidies.
 *
 * <p>Start with {@link FundingSource#builder()}, or {@link SettlementFundingPlan#draw} for a
 * settlement.
 */
@DomainStyle
package org.jingzhun.planning.funding;

import org.jingzhun.core.style.DomainStyle;

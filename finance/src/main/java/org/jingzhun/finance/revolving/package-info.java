/**
 * 周转金与互助资金 — the industry-support revolving fund (产业扶持周转金: interest-free loans repaid and lent
 * again) and the village mutual-aid fund (村级发展互助资金: members' capital, loans with a usage fee 占用费,
 * and its yearly statement).
 *
 * <p>Start with {@link IndustrySupportFund} (its {@code position(date)}) or {@link MutualAidFund}
 * (its {@code statement(year)}, with rules from {@link MutualAidRules#fromPolicy}).
 */
@DomainStyle
package org.jingzhun.finance.revolving;

import org.jingzhun.core.style.DomainStyle;

/**
 * 住房安全 — dilapidated-house renovation grants and relocation subsidies.
 *
 * <p>Start with {@link HousingRules}: {@code renovationGrant(grade, book, region, date)} and
 * {@code relocation(plan, book, region, date)}.
 */
@DomainStyle
package org.jingzhun.eligibility.housing;

import org.jingzhun.core.style.DomainStyle;

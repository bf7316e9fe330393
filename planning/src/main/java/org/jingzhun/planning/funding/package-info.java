/**
 * 资金来源 — funding sources, their yearly amounts and earmarks.
 *
 * <p>Start with {@link FundingSource#builder()}.
 */
@DomainStyle
package org.jingzhun.planning.funding;

import org.jingzhun.core.style.DomainStyle;

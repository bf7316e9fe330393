/**
 * 贴息 — interest-subsidy policies, the subsidy of each loan period, and quarterly claim
 * statements per bank (按季申报).
 */
@DomainStyle
package org.jingzhun.finance.subsidy;

import org.jingzhun.core.style.DomainStyle;

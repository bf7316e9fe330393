/**
 * 风险补偿与分险 — risk-sharing agreements (分险协议), the split of a defaulted loan's loss
 * between the parties (损失分担), recoveries (追偿), and the risk fund's ledger with its lending
 * capacity (放大倍数) and suspension (暂停).
 */
@DomainStyle
package org.jingzhun.finance.risk;

import org.jingzhun.core.style.DomainStyle;

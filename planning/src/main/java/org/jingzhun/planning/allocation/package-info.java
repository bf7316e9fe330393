/** 资金分配 — choosing projects and assigning money from sources to them under budgets and earmarks. */
@DomainStyle
package org.jingzhun.planning.allocation;

import org.jingzhun.core.style.DomainStyle;

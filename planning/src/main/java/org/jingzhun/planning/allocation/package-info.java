/**
 * 资金分配 — choosing projects and assigning money from sources to them under budgets and earmarks.
 *
 * <p>Start with an {@link AllocationProblem} (a plan and an objective), then
 * {@link GreedyAllocator#compute} or {@link ExactAllocator#compute};
 * {@link AllocationAudit#violations} checks any allocation against the budgets and earmarks.
 */
@DomainStyle
package org.jingzhun.planning.allocation;

import org.jingzhun.core.style.DomainStyle;

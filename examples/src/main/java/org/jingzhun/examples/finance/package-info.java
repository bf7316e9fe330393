/**
 * 金融计算接口 — the finance library's calculations as the command line and the case runner see
 * them: a request type per calculation (what its JSON input holds besides the date and region),
 * and a report type per result that adds the totals a reader looks for first. The registrations
 * are in {@link org.jingzhun.examples.calculation.FinanceCalculations}.
 */
@DomainStyle
package org.jingzhun.examples.finance;

import org.jingzhun.core.style.DomainStyle;

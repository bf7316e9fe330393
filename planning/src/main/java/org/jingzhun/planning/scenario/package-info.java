/** 情景 — a campaign scenario (county, population, policy book, plan, assumptions, seed) and the comparison of a reform with its baseline. */
@DomainStyle
package org.jingzhun.planning.scenario;

import org.jingzhun.core.style.DomainStyle;

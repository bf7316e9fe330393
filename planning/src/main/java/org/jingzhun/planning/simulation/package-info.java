/** 攻坚模拟 — the year-by-year simulation of a poverty-alleviation campaign over a population, and its results. */
@DomainStyle
package org.jingzhun.planning.simulation;

import org.jingzhun.core.style.DomainStyle;

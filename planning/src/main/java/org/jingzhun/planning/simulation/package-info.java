/**
 * 攻坚模拟 — the year-by-year simulation of a poverty-alleviation campaign over a population, and its
 * results.
 *
 * <p>Start with {@link CampaignSimulation#run}: the same scenario and seed give the same
 * {@link CampaignResult}, year by year ({@link YearResult}), whatever the threads or the
 * {@link java.util.concurrent.Executor} it runs on.
 */
@DomainStyle
package org.jingzhun.planning.simulation;

import org.jingzhun.core.style.DomainStyle;

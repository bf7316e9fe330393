/**
 * 情景 — a campaign scenario (county, population, policy book, plan, assumptions, seed) and the
 * comparison of a reform with its baseline.
 *
 * <p>Start with {@link ScenarioInputs#builder()} (county, population, plan, assumptions, seed),
 * make it a {@link Scenario} with a policy book ({@code withBook}), run it with
 * {@link org.jingzhun.planning.simulation.CampaignSimulation#run}, and compare a reform with its
 * baseline with {@link ScenarioComparison#compare}.
 */
@DomainStyle
package org.jingzhun.planning.scenario;

import org.jingzhun.core.style.DomainStyle;

/**
 * 目标任务 — yearly targets and the comparison of a run's figures with them.
 *
 * <p>Start with {@link TargetComparison#compute} of {@link Targets} against a run's
 * {@link org.jingzhun.planning.simulation.CampaignResult#yearFigures()}.
 */
@DomainStyle
package org.jingzhun.planning.target;

import org.jingzhun.core.style.DomainStyle;

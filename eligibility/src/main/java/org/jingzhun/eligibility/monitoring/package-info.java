/**
 * 防返贫监测 — the monitoring of households at risk of falling (back) into poverty after the
 * campaign (2020–2025): a yearly income threshold and rigid-spending triggers.
 *
 * <p>Start with {@link MonitoringRules}: {@code compute(household, book, date)} tells whether a
 * household is monitored, as which type, and why, as a {@link MonitoringAssessment}.
 */
@DomainStyle
package org.jingzhun.eligibility.monitoring;

import org.jingzhun.core.style.DomainStyle;

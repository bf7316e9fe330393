/**
 * 处方 — the per-household prescription that combines every rule of the module (处方分开).
 *
 * <p>Start here. For one household, {@link PrescriptionRules#explain} gives the whole prescription
 * with its derivation, and {@link PrescriptionNotice#render} its public notice. For many
 * households of one region and date, resolve the rules once with {@link PrescriptionRules#resolve}
 * and call {@code prescribe(case, Trace.off())} for each: the fast path.
 */
@DomainStyle
package org.jingzhun.eligibility.prescription;

import org.jingzhun.core.style.DomainStyle;

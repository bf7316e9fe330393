/**
 * 参数 — the eligibility module's shipped parameter files and the readings shared by its rules.
 *
 * <p>Most callers need nothing here: the rules read these parameters themselves.
 * {@link PovertyLine} gives the poverty line in force for a region and date.
 */
@DomainStyle
package org.jingzhun.eligibility.policy;

import org.jingzhun.core.style.DomainStyle;

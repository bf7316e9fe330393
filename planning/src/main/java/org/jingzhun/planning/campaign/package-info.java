/**
 * 规划方案 — the campaign plan: the project library and the funding sources over the years of the run.
 *
 * <p>Start with {@link Plan#builder()}: its funding sources and project library.
 */
@DomainStyle
package org.jingzhun.planning.campaign;

import org.jingzhun.core.style.DomainStyle;

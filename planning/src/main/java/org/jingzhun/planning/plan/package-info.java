/**
 * 项目库 — the project library: projects, their types, sites, costs and stated effects.
 *
 * <p>Start with {@link ProjectLibrary} and its {@link Project}s.
 */
@DomainStyle
package org.jingzhun.planning.plan;

import org.jingzhun.core.style.DomainStyle;

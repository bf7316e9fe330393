/** 项目库 — the project library: projects, their types, sites, costs and stated effects. */
@DomainStyle
package org.jingzhun.planning.plan;

import org.jingzhun.core.style.DomainStyle;

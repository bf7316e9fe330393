/** 目标任务 — yearly targets and the comparison of a run's figures with them. */
@DomainStyle
package org.jingzhun.planning.target;

import org.jingzhun.core.style.DomainStyle;

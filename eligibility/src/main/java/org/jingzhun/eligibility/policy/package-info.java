/** 参数 — the eligibility module's shipped parameter files and the readings shared by its rules. */
@DomainStyle
package org.jingzhun.eligibility.policy;

import org.jingzhun.core.style.DomainStyle;

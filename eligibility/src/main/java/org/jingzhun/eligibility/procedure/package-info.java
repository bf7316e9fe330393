/** 程序 — the entry and exit procedures of the poverty register, checked separately (进退分核). */
@DomainStyle
package org.jingzhun.eligibility.procedure;

import org.jingzhun.core.style.DomainStyle;

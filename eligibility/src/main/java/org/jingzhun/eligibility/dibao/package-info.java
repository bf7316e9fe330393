/** 农村低保 — rural dibao: eligibility, the gap or tiered top-up, classified add-ons, extreme-poverty support, two lines in one. */
@DomainStyle
package org.jingzhun.eligibility.dibao;

import org.jingzhun.core.style.DomainStyle;

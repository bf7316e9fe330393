/** 住房安全 — dilapidated-house renovation grants and relocation subsidies. */
@DomainStyle
package org.jingzhun.eligibility.housing;

import org.jingzhun.core.style.DomainStyle;

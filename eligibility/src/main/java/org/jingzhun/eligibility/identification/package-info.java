/** 识别 — identification of poor households, their category, guarantee deficits and monitoring. */
@DomainStyle
package org.jingzhun.eligibility.identification;

import org.jingzhun.core.style.DomainStyle;

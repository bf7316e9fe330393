/** 健康扶贫 — the medical-assistance cascade of payers applied to an inpatient bill. */
@DomainStyle
package org.jingzhun.eligibility.medical;

import org.jingzhun.core.style.DomainStyle;

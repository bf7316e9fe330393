/** 退出 — exit tests of households, villages and counties (厅字〔2016〕16号). */
@DomainStyle
package org.jingzhun.eligibility.exit;

import org.jingzhun.core.style.DomainStyle;

/** 五个一批 — the five batches: the path out of poverty assigned to each household. */
@DomainStyle
package org.jingzhun.eligibility.batch;

import org.jingzhun.core.style.DomainStyle;

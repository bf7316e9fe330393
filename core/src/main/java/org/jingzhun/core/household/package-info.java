/** 农户 — households, their members, incomes and registration records. */
@DomainStyle
package org.jingzhun.core.household;

import org.jingzhun.core.style.DomainStyle;

/** 地方 — villages, townships, counties and areas of townships planned as one block. */
@DomainStyle
package org.jingzhun.core.place;

import org.jingzhun.core.style.DomainStyle;

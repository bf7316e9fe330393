/**
 * 地方 — villages, townships, counties and areas of townships planned as one block.
 *
 * <p>Start with {@link Village}, the input of the village exit test; {@link County} and
 * {@link Township} hold them for planning.
 */
@DomainStyle
package org.jingzhun.core.place;

import org.jingzhun.core.style.DomainStyle;

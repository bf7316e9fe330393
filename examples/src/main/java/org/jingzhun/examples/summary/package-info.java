/**
 * 户情概况 — a household's size and income at a glance: the figures the register derives from
 * a household record, computed and explained like every library calculation.
 */
@DomainStyle
package org.jingzhun.examples.summary;

import org.jingzhun.core.style.DomainStyle;

/**
 * 按比例分配 — splitting an amount between parties by a ratio (a loss between a risk fund and a
 * bank, a fund between sources), to the fen, the parts adding back to the whole.
 */
@DomainStyle
package org.jingzhun.examples.allocation;

import org.jingzhun.core.style.DomainStyle;

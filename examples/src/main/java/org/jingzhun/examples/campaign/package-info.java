/**
 * 攻坚模拟 — the planning module's campaign simulation, scenario comparison and allocation of
 * funds as command-line calculations ({@code simulate}, {@code compare}, {@code allocate}).
 */
@DomainStyle
package org.jingzhun.examples.campaign;

import org.jingzhun.core.style.DomainStyle;

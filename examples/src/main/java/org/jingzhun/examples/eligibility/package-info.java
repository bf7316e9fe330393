/**
 * 资格计算 — the eligibility module's calculations as the command line and the case runner see
 * them: each registered by name with its JSON input, and the few request types that gather
 * what a library call takes besides a household (a procedure and its kind; a dwelling's grade
 * and a relocation plan; a region and period of the two-lines check).
 */
@DomainStyle
package org.jingzhun.examples.eligibility;

import org.jingzhun.core.style.DomainStyle;

/**
 * 程序 — the entry and exit procedures of the poverty register, checked separately (进退分核).
 *
 * <p>Start with {@link ProcedureRules}: {@code compute(record, kind, book, region, date)} gives a
 * {@link ProcedureCheck} with every finding.
 */
@DomainStyle
package org.jingzhun.eligibility.procedure;

import org.jingzhun.core.style.DomainStyle;

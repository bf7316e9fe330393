/**
 * 退出 — exit tests of households, villages and counties (厅字〔2016〕16号).
 *
 * <p>Start with the rules of the level you check: {@link HouseholdExitRules},
 * {@link VillageExitRules} or {@link CountyExitRules}, each with {@code compute(case, book, date)}
 * and {@code explain(...)}; every result is an {@link ExitAssessment} listing each criterion with
 * the figure found and the figure required.
 */
@DomainStyle
package org.jingzhun.eligibility.exit;

import org.jingzhun.core.style.DomainStyle;

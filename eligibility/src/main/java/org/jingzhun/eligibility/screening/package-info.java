/**
 * 收入筛查 — identification and dibao over a register held as columns: a whole village's households at
 * a time, on primitive arrays, allocating nothing per household and giving exactly the
 * per-household rules' answers.
 *
 * <p>Start with {@link IncomeScreening#resolve} for a village and a date, then
 * {@code screen(register, from, to, results)} over {@link RegisterColumns} into
 * {@link ScreeningResults}.
 */
package org.jingzhun.eligibility.screening;

/**
 * 还款计划 — repayment schedules: the planned periods of a loan and, from what actually happened, the
 * actual periods with the interest each one bears (计息台账).
 *
 * <p>Start with {@link RepaymentSchedule}: {@code of(terms)} for the planned schedule,
 * {@code actual(terms, history, book)} for the schedule as it ran, {@code explain(...)} for either
 * with its working. {@link LoanAccrual} is the engine beneath, for bulk runs.
 */
package org.jingzhun.finance.schedule;

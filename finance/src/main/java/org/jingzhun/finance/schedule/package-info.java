/**
 * 还款计划 — repayment schedules: the planned periods of a loan and, from what actually
 * happened, the actual periods with the interest each one bears (计息台账).
 */
package org.jingzhun.finance.schedule;

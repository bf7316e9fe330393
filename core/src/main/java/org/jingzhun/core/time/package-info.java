/**
 * 日期 — ranges of days, quarters, ISO dates and the calendar rules of ages and days.
 *
 * <p>Start with {@link DateRange} ({@code DateRange.of(start, endExclusive)},
 * {@code ofYear(2019)}) and {@link Quarter} ({@code Quarter.parse("2019-Q3")});
 * {@link CalendarRules#ageOn} counts ages as the policies do.
 */
package org.jingzhun.core.time;

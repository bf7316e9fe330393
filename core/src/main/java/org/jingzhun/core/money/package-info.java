/**
 * 金额与比率 — exact money in fen, interest rates, shares and ratios.
 *
 * <p>Start with {@link Money}: {@code Money.ofYuan("1234.56")}, {@code plus},
 * {@code times(share, RoundingMode.HALF_UP)} (every rounding named), and
 * {@code allocate(Ratio.parse("4:3:2:1"))}, whose parts always add back to the whole.
 * {@link AnnualRate}, {@link Share} and {@link Ratio} are the exact rates and proportions policies
 * state; {@link PeriodicAmount} an amount published per month or per year.
 */
package org.jingzhun.core.money;

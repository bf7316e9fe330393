/**
 * 不确定性 — many runs of one scenario with different draws, and the band (5th, 50th and 95th
 * percentile) of every headline result, year by year.
 *
 * <p>Start with {@link MonteCarlo#run}: it returns {@link RunBands}, one {@link HeadlineBands}
 * per headline (persons and households poor, exited, returning, dibao recipients, villages
 * delisted, spending by programme and by funding source), each a map of year to {@link Band}.
 */
@DomainStyle
package org.jingzhun.planning.uncertainty;

import org.jingzhun.core.style.DomainStyle;

/**
 * 研究情景 — a researcher's scenario as a small YAML file and command-line flags: the population
 * (the synthetic district, or a register CSV streamed from disk), the years, the assumptions, the
 * reforms (parameter files and {@code --set} changes) and the outputs; the tables by county,
 * township and village that a run gives, and the comparison of a baseline with a reform
 * (winners and losers, the change by income decile). The format is documented in
 * {@code docs/cli.md} and a walkthrough in {@code docs/research.md}.
 */
@DomainStyle
package org.jingzhun.examples.scenario;

import org.jingzhun.core.style.DomainStyle;

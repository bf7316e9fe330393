package org.jingzhun.benchmarks.population;

/** How a synthetic population's households are held. */
public enum HouseholdOrder {
  /** Village by village, as a register is kept: each village's households contiguous. */
  BY_VILLAGE,
  /** In the order drawn: each household's village at random, so a run of one village is about one household long. */
  AS_DRAWN
}

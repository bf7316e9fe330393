package org.jingzhun.planning.simulation;

import org.jingzhun.planning.population.Population;

/**
 * 贷款项目 — the loans of one run as the simulation sees them: for a registered household in a
 * year, the net income its loan adds, and the interest subsidy the budget pays for it added to
 * the year's tally. {@link #none()} when the scenario's assumptions state no microcredit;
 * {@link MicrocreditLoans} otherwise, which takes the loan terms, schedules and subsidy
 * arithmetic from the {@code finance} module.
 *
 * <p>An instance belongs to one run: it holds the loans of the run's households. Each household is
 * stepped by one thread at a time, and years one after another, so its state needs no locking.
 */
abstract class LoanProgramme {

  /** Whether loans are simulated (false only for {@link #none()}). */
  abstract boolean simulated();

  /**
   * Household {@code h}'s loan in year index {@code y} (0 = the first year of the run): takes a
   * loan or records a default, drawing what it needs from {@code draws} (the household's stream
   * of the year, after its shocks), adds the year's interest subsidy to {@code tally}, and returns
   * the net income the loan adds in the year, in fen. Called once per registered household per
   * year, in year order; {@code village} is its county village index; {@code poor} tells whether the household was registered poor (not exited)
   * at the start of the year.
   */
  abstract long step(int y, int h, int village, Population population, boolean poor, ShockStream draws, YearTally tally);

  /** No loans: no uplift, no subsidy, no draws. */
  static LoanProgramme none() {
    return NoLoans.INSTANCE;
  }

  /** The programme of no loans. */
  private static final class NoLoans extends LoanProgramme {
    static final NoLoans INSTANCE = new NoLoans();

    @Override
    boolean simulated() {
      return false;
    }

    @Override
    long step(int y, int h, int village, Population population, boolean poor, ShockStream draws, YearTally tally) {
      return 0;
    }
  }
}

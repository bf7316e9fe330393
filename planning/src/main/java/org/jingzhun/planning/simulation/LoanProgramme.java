package org.jingzhun.planning.simulation;

import org.jingzhun.planning.population.Population;

/**
 * 扶贫小额信贷 — the loans of a campaign and their interest subsidies, as the simulation sees
 * them: for a registered household in a year, the net income its loan adds and the interest
 * subsidy the budget pays for it, both in fen. The loan terms, schedules and subsidy
 * arithmetic belong to the {@code finance} module; an implementation calls it.
 *
 * <p>{@link #none()} simulates no loans: no uplift, no subsidy, and
 * {@link Programme#LOAN_INTEREST_SUBSIDY} is left out of the spending.
 */
public interface LoanProgramme {

  /** The programme's title for reports. */
  String title();

  /** Whether loans are simulated (false only for {@link #none()}). */
  default boolean simulated() {
    return true;
  }

  /**
   * The net income, in fen, that household {@code household}'s loan adds in {@code year}; zero
   * when it has none. Called once per registered household per year, from any thread.
   */
  long incomeUpliftFen(int year, int household, Population population);

  /** The interest subsidy, in fen, paid for household {@code household}'s loan in {@code year}. */
  long subsidyFen(int year, int household, Population population);

  /** No loans. */
  static LoanProgramme none() {
    return NoLoans.INSTANCE;
  }

  /** The programme of no loans. */
  final class NoLoans implements LoanProgramme {
    static final NoLoans INSTANCE = new NoLoans();

    private NoLoans() {}

    @Override
    public String title() {
      return "none";
    }

    @Override
    public boolean simulated() {
      return false;
    }

    @Override
    public long incomeUpliftFen(int year, int household, Population population) {
      return 0;
    }

    @Override
    public long subsidyFen(int year, int household, Population population) {
      return 0;
    }
  }
}

package org.jingzhun.planning.simulation;

/**
 * 进度 — told as each year of a run completes, in year order, on the thread that called
 * {@link CampaignSimulation#run}.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Year {@code result.year()} is done: {@code yearsDone} of {@code yearsTotal}. */
  void yearCompleted(YearResult result, int yearsDone, int yearsTotal);

  /** Every household's income after transfers in {@code year}; ignored unless overridden. */
  default void householdIncomes(int year, HouseholdIncomes incomes) {}

  /** A listener that does nothing. */
  static ProgressListener none() {
    return (result, done, total) -> {};
  }
}

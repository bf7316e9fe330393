package org.jingzhun.planning.simulation;

/**
 * 进度 — told as each year of a run completes, in year order, on the thread that called
 * {@link CampaignSimulation#run}.
 */
@FunctionalInterface
public interface ProgressListener {

  /**
   * Year {@code result.year()} is done: {@code yearsDone} of {@code yearsTotal}.
   *
   * @param result the year's figures
   * @param yearsDone the years completed so far, this one included
   * @param yearsTotal the years of the run
   */
  void yearCompleted(YearResult result, int yearsDone, int yearsTotal);

  /**
   * Every household's income after transfers in {@code year}; ignored unless overridden.
   *
   * @param year the calendar year
   * @param incomes every household's income after transfers, valid during the call only
   */
  default void householdIncomes(int year, HouseholdIncomes incomes) {}

  /**
   * Every household's transfers in {@code year}; ignored unless overridden.
   *
   * @param year the calendar year
   * @param transfers every household's transfers in the year, valid during the call only
   */
  default void householdTransfers(int year, HouseholdTransfers transfers) {}

  /**
   * {@return whether {@link #householdTransfers} should also give each household's transfers by
   * programme and medical payer ({@link HouseholdTransfers#detailed()}); false by default, so
   * that a run keeps them only when asked (they take 10 numbers a household)}
   */
  default boolean wantsTransferDetail() {
    return false;
  }

  /**
   * {@return whether each year should also assess every household registered poor at its start
   * (绩效分评, {@link org.jingzhun.planning.assessment.HouseholdAssessments}) and give the village and
   * township roll-ups in {@link YearResult#assessment()}; false by default, so that a run that does
   * not ask builds no household record and runs no exit test for them}
   */
  default boolean wantsAssessment() {
    return false;
  }

  /** {@return a listener that does nothing} */
  static ProgressListener none() {
    return (result, done, total) -> {};
  }
}

package org.jingzhun.planning.simulation;

import org.jingzhun.core.money.Money;

/**
 * 户收入视图 — every household's net income after transfers in one year of a run, by household
 * index (the population's order): its own net income after shocks, plus the loan uplift and the
 * dibao it received. Valid only during the {@link ProgressListener} call that receives it.
 */
public interface HouseholdIncomes {

  /** {@return the number of households} */
  int size();

  /**
   * {@return household {@code household}'s net income after transfers in the year}
   *
   * @param household the household
   */
  Money incomeAfterTransfers(int household);
}

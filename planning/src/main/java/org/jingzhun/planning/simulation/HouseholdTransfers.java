package org.jingzhun.planning.simulation;

/**
 * 户转移支付视图 — what the household programmes paid for each household in one year of a run, by
 * household index (the population's order): its dibao (12 × the month's top-up, add-ons and
 * extreme-poverty support), its students' education aid, its dwelling's renovation grant and what
 * the payers of the medical cascade paid of its bill, in fen. Summed over the households they are
 * the year's {@link Programme#DIBAO}, {@link Programme#EDUCATION}, {@link Programme#HOUSING} and
 * {@link Programme#MEDICAL} spending, to the fen. Valid only during the {@link ProgressListener}
 * call that receives it.
 */
public interface HouseholdTransfers {

  /** {@return the number of households} */
  int size();

  /**
   * {@return household {@code household}'s transfers in the year, in fen (0 or more)}
   *
   * @param household the household
   */
  long transfersFen(int household);
}

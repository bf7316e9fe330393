package org.jingzhun.planning.simulation;

import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.medical.Payer;

/**
 * 户转移支付视图 — what the household programmes paid for each household in one year of a run, by
 * household index (the population's order): what each programme of the entitlement registry
 * granted it (its dibao at 12 × the month, its students' education aid, its dwelling's renovation
 * grant, its members' premium subsidies, …) and what the payers of the medical cascade paid of its
 * bill, in fen. Summed over the households they are the year's {@link Programme#DIBAO},
 * {@link Programme#EDUCATION}, {@link Programme#HOUSING}, {@link Programme#OTHER_ENTITLEMENTS} and
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

  /**
   * {@return whether the view holds each household's transfers by programme and medical payer:
   * true when the listener asked for them ({@link ProgressListener#wantsTransferDetail()})}
   */
  default boolean detailed() {
    return false;
  }

  /**
   * {@return what {@code programme} paid for household {@code household} in the year, in fen (0
   * or more); only {@link Programme#DIBAO}, {@link Programme#MEDICAL}, {@link Programme#EDUCATION},
   * {@link Programme#HOUSING} and {@link Programme#OTHER_ENTITLEMENTS} pay households, the others
   * give 0}
   *
   * @param household the household
   * @param programme the programme
   * @throws UnsupportedOperationException unless {@link #detailed()}
   */
  default long transfersFen(int household, Programme programme) {
    throw new UnsupportedOperationException("the run kept no transfers by programme: the listener did not ask for them");
  }

  /**
   * {@return what {@code payer} of the medical cascade paid of household {@code household}'s
   * bill in the year, in fen (0 or more); they add up to its {@link Programme#MEDICAL} transfer}
   *
   * @param household the household
   * @param payer the payer
   * @throws UnsupportedOperationException unless {@link #detailed()}
   */
  default long medicalFen(int household, Payer payer) {
    throw new UnsupportedOperationException("the run kept no transfers by payer: the listener did not ask for them");
  }

  /**
   * {@return what household {@code household} was granted of {@code kind} in the year, in fen (0 or
   * more): 12 × the month of a monthly kind, else the year's amount or the grant; 0 for a kind no
   * programme of the run's registry grants} Summed over the kinds of a programme they are its
   * {@link #transfersFen(int, Programme)}.
   *
   * @param household the household
   * @param kind the kind of entitlement
   * @throws UnsupportedOperationException unless {@link #detailed()}
   */
  default long transfersFen(int household, EntitlementKind kind) {
    throw new UnsupportedOperationException("the run kept no transfers by kind: the listener did not ask for them");
  }
}

package org.jingzhun.planning.simulation;

import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.medical.Payer;

/**
 * The sums of one contiguous range of households in one year. Ranges are summed in range
 * order, and every sum is of whole numbers, so any split gives the same totals.
 */
final class YearTally {
  final long[] poorHouseholds;
  final long[] poorPersons;
  long newPoorHouseholds;
  long newPoorPersons;
  long returningHouseholds;
  long returningPersons;
  long exitedHouseholds;
  long exitedPersons;
  final long[] exitsByBatch = new long[FiveBatch.values().length];
  long illnessShocks;
  long disasterShocks;
  long medicalFen;
  /** What the registry's programmes granted in the year, by the kind's position, in fen. */
  final long[] kindFen;
  long loanSubsidyFen;
  final long[] medicalByPayerFen = new long[Payer.values().length];
  /** Each village's figures: {@code byVillage[v * VILLAGE_FIGURES + figure]}, the figures below. */
  final long[] byVillage;

  static final int REGISTERED_HOUSEHOLDS = 0;
  static final int REGISTERED_PERSONS = 1;
  static final int NEW_POOR_HOUSEHOLDS = 2;
  static final int NEW_POOR_PERSONS = 3;
  static final int RETURNING_HOUSEHOLDS = 4;
  static final int RETURNING_PERSONS = 5;
  static final int EXITED_HOUSEHOLDS = 6;
  static final int EXITED_PERSONS = 7;
  static final int DIBAO_HOUSEHOLDS = 8;
  static final int DIBAO_PERSONS = 9;
  static final int DIBAO_FEN = 10;
  static final int MEDICAL_FEN = 11;
  static final int EDUCATION_FEN = 12;
  static final int HOUSING_FEN = 13;
  static final int OTHER_ENTITLEMENTS_FEN = 14;
  static final int VILLAGE_FIGURES = 15;

  YearTally(int villages, int kinds) {
    kindFen = new long[kinds];
    poorHouseholds = new long[villages];
    poorPersons = new long[villages];
    byVillage = new long[villages * VILLAGE_FIGURES];
  }

  /** Adds {@code amount} to figure {@code figure} of county village {@code v}. */
  void addTo(int v, int figure, long amount) {
    int i = v * VILLAGE_FIGURES + figure;
    byVillage[i] = Math.addExact(byVillage[i], amount);
  }

  /** {@return figure {@code figure} of county village {@code v}} */
  long of(int v, int figure) {
    return byVillage[v * VILLAGE_FIGURES + figure];
  }

  /** Adds {@code o}'s sums to this one's. */
  void add(YearTally o) {
    for (int v = 0; v < poorHouseholds.length; v++) {
      poorHouseholds[v] += o.poorHouseholds[v];
      poorPersons[v] += o.poorPersons[v];
    }
    for (int i = 0; i < byVillage.length; i++) {
      byVillage[i] = Math.addExact(byVillage[i], o.byVillage[i]);
    }
    newPoorHouseholds += o.newPoorHouseholds;
    newPoorPersons += o.newPoorPersons;
    returningHouseholds += o.returningHouseholds;
    returningPersons += o.returningPersons;
    exitedHouseholds += o.exitedHouseholds;
    exitedPersons += o.exitedPersons;
    for (int b = 0; b < exitsByBatch.length; b++) {
      exitsByBatch[b] += o.exitsByBatch[b];
    }
    illnessShocks += o.illnessShocks;
    disasterShocks += o.disasterShocks;
    medicalFen = Math.addExact(medicalFen, o.medicalFen);
    for (int k = 0; k < kindFen.length; k++) {
      kindFen[k] = Math.addExact(kindFen[k], o.kindFen[k]);
    }
    loanSubsidyFen = Math.addExact(loanSubsidyFen, o.loanSubsidyFen);
    for (int p = 0; p < medicalByPayerFen.length; p++) {
      medicalByPayerFen[p] = Math.addExact(medicalByPayerFen[p], o.medicalByPayerFen[p]);
    }
  }
}

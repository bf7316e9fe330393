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
  long dibaoFen;
  long medicalFen;
  long educationFen;
  long housingFen;
  long loanSubsidyFen;
  final long[] medicalByPayerFen = new long[Payer.values().length];

  YearTally(int villages) {
    poorHouseholds = new long[villages];
    poorPersons = new long[villages];
  }

  /** Adds {@code o}'s sums to this one's. */
  void add(YearTally o) {
    for (int v = 0; v < poorHouseholds.length; v++) {
      poorHouseholds[v] += o.poorHouseholds[v];
      poorPersons[v] += o.poorPersons[v];
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
    dibaoFen = Math.addExact(dibaoFen, o.dibaoFen);
    medicalFen = Math.addExact(medicalFen, o.medicalFen);
    educationFen = Math.addExact(educationFen, o.educationFen);
    housingFen = Math.addExact(housingFen, o.housingFen);
    loanSubsidyFen = Math.addExact(loanSubsidyFen, o.loanSubsidyFen);
    for (int p = 0; p < medicalByPayerFen.length; p++) {
      medicalByPayerFen[p] = Math.addExact(medicalByPayerFen[p], o.medicalByPayerFen[p]);
    }
  }
}

package org.jingzhun.eligibility.prescription;

import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.entitlement.GrantSink;

/**
 * 处方去处 — where {@link PrescriptionRules#prescribe(org.jingzhun.eligibility.entitlement.HouseholdFacts,
 * PrescriptionSink)} puts one household's prescription as plain values: first its standing, then
 * each grant of each programme in the registry's order. A sink serves one thread.
 */
public interface PrescriptionSink extends GrantSink {
  /**
   * Receives the household's standing, before its grants.
   *
   * @param poor whether it is poor: identified poor now, or registered poor and not exited
   * @param extreme whether it is an extreme-poverty (特困) household, identified or registered
   * @param primary its primary batch of the five
   */
  void standing(boolean poor, boolean extreme, FiveBatch primary);
}

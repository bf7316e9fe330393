package org.jingzhun.examples.ledger;

import org.jingzhun.core.explain.Explained;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.examples.calculation.Situation;
import org.jingzhun.planning.ledger.HouseholdLedger;
import org.jingzhun.planning.ledger.PrescriptionLedger;

/**
 * 账目分记计算 — the {@code ledger} calculation: a household's prescription case in, the ledger of
 * its payments of the twelve months from the date out (entries, funds, balances by fund and
 * total). Explained, it carries the prescription's derivation, where each amount comes from.
 */
public final class LedgerCalculations {
  /** {@code jingzhun ledger}: a prescription case in, the household's ledger out. */
  public static final Calculation<PrescriptionCase, HouseholdLedger> LEDGER = Calculation.of(
      "ledger", PrescriptionLedger.RULE, PrescriptionCase.class,
      LedgerCalculations::ledger, LedgerCalculations::explain);

  private LedgerCalculations() {}

  private static HouseholdLedger ledger(PrescriptionCase c, Situation s) {
    return PrescriptionLedger.of(PrescriptionRules.compute(c, s.book(), s.date()), c.household().village(), s.book(),
        EntitlementRegistry.standard());
  }

  private static Explained<HouseholdLedger> explain(PrescriptionCase c, Situation s) {
    var prescription = PrescriptionRules.explain(c, s.book(), s.date());
    HouseholdLedger ledger = PrescriptionLedger.of(prescription.value(), c.household().village(), s.book(),
        EntitlementRegistry.standard());
    return new Explained<>(ledger, prescription.explanation());
  }
}

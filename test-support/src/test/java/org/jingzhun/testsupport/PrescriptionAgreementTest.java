package org.jingzhun.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.eligibility.housing.RelocationProgramme;
import org.jingzhun.eligibility.columnar.ColumnarPrescription;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.eligibility.columnar.PrescriptionTotals;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/**
 * The per-household prescription ({@link PrescriptionRules#prescribe(PrescriptionCase, Trace)})
 * and the columnar one ({@link ColumnarPrescription}) give every one of 10^6 generated households
 * the same standing, the same grants of every entitlement kind (kind, member, amount, in order)
 * and the same cap, and the same totals; and the explained per-household path (the programmes'
 * object path) gives what the unexplained one gives, on every 50th household.
 */
class PrescriptionAgreementTest {
  private static final int HOUSEHOLDS = 1_000_000;
  private static final int EXPLAINED_EVERY = 50;
  /** The shipped book, with Bazhong paying the classified add-ons (the shipped book has none), so that every kind is exercised. */
  private static final PolicyBook BOOK = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("add-ons.yaml", """
      sources:
        t: {issuer: test, title: test, confidence: UNVERIFIED}
      parameters:
        dibao.addon.severe-disability:
          values:
            "511900": [{from: 2015-01-01, value: {basis: SHARE_OF_STANDARD, share: "0.3"}, source: t}]
        dibao.addon.serious-illness:
          values:
            "511900": [{from: 2015-01-01, value: {basis: FIXED, amount: "50"}, source: t}]
      """)));
  private static final LocalDate DATE = SyntheticHouseholds.DATE;
  private final List<EntitlementKind> kinds = EntitlementRegistry.standard().kinds();

  @Test
  void perHouseholdAndColumnarPathsAgreeOnAMillionHouseholdsForEveryEntitlement() throws Exception {
    SyntheticHouseholds generator = SyntheticHouseholds.bazhong(20_151_201L);
    PopulationColumns.Builder columns = PopulationColumns.builder();
    long[] expected = new long[HOUSEHOLDS];
    PrescriptionDigest perHousehold = new PrescriptionDigest(kinds);
    for (int i = 0; i < HOUSEHOLDS; i++) {
      Household h = generator.household(i);
      columns.add(h);
      perHousehold.reset().of(h, prescribe(h, Trace.off()));
      expected[i] = perHousehold.digest;
    }
    ColumnarPrescription columnar = ColumnarPrescription.of(BOOK, DATE, columns.build());
    PrescriptionDigest byColumns = new PrescriptionDigest(kinds);
    for (int i = 0; i < HOUSEHOLDS; i++) {
      columnar.prescribe(i, byColumns.reset());
      if (byColumns.digest != expected[i]) {
        Household h = generator.household(i);
        fail("household " + i + ": per household " + perHousehold.reset().textOf(h, prescribe(h, Trace.off()))
            + ", by columns " + byColumns.text);
      }
    }
    PrescriptionTotals totals = columnar.totals();
    for (int k = 0; k < kinds.size(); k++) {
      assertEquals(perHousehold.amountFen[k], totals.amount(kinds.get(k)).fen(), kinds.get(k).id());
      assertEquals(perHousehold.amountFen[k], byColumns.amountFen[k], kinds.get(k).id());
      // the relocation subsidy needs a plan, which neither path is given here
      assertTrue(totals.grants(kinds.get(k)) > 0 == (kinds.get(k) != RelocationProgramme.SUBSIDY), "the population exercises " + kinds.get(k).id());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      PrescriptionTotals parallel = columnar.totals(pool, 16);
      assertEquals(totals.yearlyTotal(), parallel.yearlyTotal());
      assertEquals(totals.monthlyTotal(), parallel.monthlyTotal());
      assertEquals(totals.poor(), parallel.poor());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theExplainedPathGivesWhatTheUnexplainedPathGives() {
    SyntheticHouseholds generator = SyntheticHouseholds.bazhong(7L);
    PrescriptionDigest off = new PrescriptionDigest(kinds);
    PrescriptionDigest on = new PrescriptionDigest(kinds);
    for (int i = 0; i < HOUSEHOLDS; i += EXPLAINED_EVERY) {
      Household h = generator.household(i);
      off.reset().of(h, prescribe(h, Trace.off()));
      on.reset().of(h, PrescriptionRules.resolve(BOOK, h.village(), DATE).explain(PrescriptionCase.of(h)).value());
      assertEquals(off.text.toString(), on.text.toString(), "household " + i);
    }
  }

  private static Prescription prescribe(Household h, Trace trace) {
    return PrescriptionRules.resolve(BOOK, h.village(), DATE).prescribe(PrescriptionCase.of(h), trace);
  }
}

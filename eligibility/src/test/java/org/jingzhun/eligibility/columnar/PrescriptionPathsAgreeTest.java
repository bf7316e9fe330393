package org.jingzhun.eligibility.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.eligibility.entitlement.HouseholdStanding;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every path to a household's prescription gives the same standing, the same grants (kind,
 * member, amount, in order) and the same cap: the per-household call without an explanation (the
 * programmes' facts path), with one (their object path), the facts of the household object, the
 * columns, and the columns through programmes that have only the object path; and the totals of
 * the columns, whole, by ranges or in parallel parts, are the sums of the per-household
 * prescriptions. The population is {@link VariedPopulation}; the book pays the classified dibao
 * add-ons (the shipped book has none) and caps the personal share of hospital bills from 2015 (the
 * shipped book from 2017), so that every kind but the relocation subsidy is reached.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrescriptionPathsAgreeTest {
  static final PolicyBook BOOK = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("add-ons.yaml", """
      sources:
        t: {issuer: test, title: test, confidence: UNVERIFIED}
      parameters:
        dibao.addon.severe-disability:
          values:
            "511900": [{from: 2015-01-01, value: {basis: SHARE_OF_STANDARD, share: "0.3"}, source: t}]
        dibao.addon.serious-illness:
          values:
            "511900": [{from: 2015-01-01, value: {basis: FIXED, amount: "50"}, source: t}]
        medical.personal-share.cap:
          values:
            "511900": [{from: 2015-01-01, value: 0.10, source: t}]
      """)));
  private static final int HOUSEHOLDS = 600;

  private final List<Household> population = VariedPopulation.of(2015, HOUSEHOLDS);
  private final PopulationColumns columns = columnsOf(population);
  private final ColumnarPrescription columnar = ColumnarPrescription.of(BOOK, VariedPopulation.DATE, columns);
  private final List<Prescription> perHousehold = population.stream().map(h -> rules(h).prescribe(PrescriptionCase.of(h), Trace.off())).toList();

  private static PopulationColumns columnsOf(List<Household> households) {
    PopulationColumns.Builder b = PopulationColumns.builder();
    households.forEach(b::add);
    return b.build();
  }

  private static PrescriptionRules rules(Household h) {
    return PrescriptionRules.resolve(BOOK, h.village(), VariedPopulation.DATE);
  }

  @Test
  void everyPathGivesEveryHouseholdTheSamePrescription() {
    ColumnarPrescription objectPathOnly = ColumnarPrescription.of(BOOK, VariedPopulation.DATE, columns, ObjectPathOnly.standardRegistry());
    assertEquals(columnar.kinds(), objectPathOnly.kinds());
    for (int i = 0; i < HOUSEHOLDS; i++) {
      Household h = population.get(i);
      String expected = RecordingSink.of(h, perHousehold.get(i));
      String id = "household " + i + " (" + h.id() + ")";
      assertEquals(expected, RecordingSink.of(h, rules(h).explain(PrescriptionCase.of(h)).value()), id + ", explained");
      RecordingSink facts = new RecordingSink();
      rules(h).prescribe(HouseholdFacts.of(h, Optional.empty()), facts);
      assertEquals(expected, facts.toString(), id + ", from the object's facts");
      RecordingSink byColumns = new RecordingSink();
      columnar.prescribe(i, byColumns);
      assertEquals(expected, byColumns.toString(), id + ", by columns");
      RecordingSink byObjects = new RecordingSink();
      objectPathOnly.prescribe(i, byObjects);
      assertEquals(expected, byObjects.toString(), id + ", by columns through the object path");
    }
  }

  @Test
  void thePopulationReachesEveryKindAndStanding() {
    PrescriptionTotals totals = columnar.totals();
    assertEquals(EntitlementRegistry.standard().kinds(), columnar.kinds());
    assertEquals(EntitlementRegistry.standard().kinds(), totals.kinds());
    for (EntitlementKind kind : totals.kinds()) {
      // the relocation subsidy needs a plan, which the columns do not hold
      assertEquals(!kind.id().equals("RELOCATION_SUBSIDY"), totals.grants(kind) > 0, kind.id() + ": " + totals.grants(kind));
    }
    assertTrue(totals.poor() > 0 && totals.poor() < HOUSEHOLDS, totals.toString());
    assertTrue(totals.extreme() > 0 && totals.extreme() < totals.poor(), "extreme " + totals.extreme());
    // the cap is the poor household's: every poor household has it, no other
    assertEquals(totals.poor(), totals.withPersonalShareCap());
    assertTrue(perHousehold.stream().anyMatch(p -> p.entitlements().stream().anyMatch(e -> e.memberId().isPresent())));
  }

  @Test
  void theTotalsAreTheSumsOfTheHouseholdsPrescriptions() {
    assertTotalsOfAll(columnar.totals());
  }

  @Test
  void theTotalsOfParallelPartsAreTheTotalsOfTheWhole() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int parts : new int[] {1, 3, 7, HOUSEHOLDS}) {
        assertTotalsOfAll(columnar.totals(pool, parts));
      }
      assertThrows(IllegalArgumentException.class, () -> columnar.totals(pool, 0));
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theTotalsOfARangeCountOnlyItsHouseholds() {
    int from = 100;
    int to = 350;
    PrescriptionTotals range = columnar.totals(from, to);
    assertEquals(to - from, range.households());
    List<Prescription> part = perHousehold.subList(from, to);
    assertEquals(Money.sum(part.stream().map(Prescription::yearlyTotal).toList()), range.yearlyTotal());
    assertEquals(Money.sum(part.stream().map(Prescription::monthlyTotal).toList()), range.monthlyTotal());
    assertEquals(part.stream().filter(p -> p.personalShareCap().isPresent()).count(), range.withPersonalShareCap());
    assertEquals(0, columnar.totals(from, from).households());
    assertThrows(IndexOutOfBoundsException.class, () -> columnar.totals(-1, 10));
    assertThrows(IndexOutOfBoundsException.class, () -> columnar.totals(10, HOUSEHOLDS + 1));
  }

  @Test
  void aKindNotCountedIsRefusedByTheTotals() {
    EntitlementKind other = EntitlementKind.of("TEST_OTHER", "其他（测试）", "other (test)", Payment.MONTHLY);
    PrescriptionTotals totals = columnar.totals();
    assertThrows(IllegalArgumentException.class, () -> totals.grants(other));
    assertThrows(IllegalArgumentException.class, () -> totals.amount(other));
    assertEquals("PrescriptionTotals[" + HOUSEHOLDS + " households, " + totals.poor() + " poor, yearly "
        + totals.yearlyTotal() + "]", totals.toString());
  }

  @Test
  void aFailureInAParallelPartReachesTheCallerAsItself() {
    EntitlementKind kind = EntitlementKind.of("TEST_FAILING", "失败（测试）", "failing (test)", Payment.MONTHLY);
    EntitlementProgramme failing = new FailingProgramme(kind);
    ColumnarPrescription c = ColumnarPrescription.of(BOOK, VariedPopulation.DATE, columns, EntitlementRegistry.standard().with(failing));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.totals(pool, 2));
      assertEquals("the test programme fails", e.getMessage());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void everyStandardProgrammeGrantsFromTheFacts() {
    for (EntitlementProgramme p : EntitlementRegistry.standard().programmes()) {
      assertTrue(p.resolve(BOOK, VariedPopulation.VILLAGES.get(0), VariedPopulation.DATE).grantsFromFacts(), p.rule().toString());
    }
  }

  private void assertTotalsOfAll(PrescriptionTotals totals) {
    assertEquals(HOUSEHOLDS, totals.households());
    for (EntitlementKind kind : totals.kinds()) {
      List<Entitlement> granted = perHousehold.stream().flatMap(p -> p.entitlements().stream()).filter(e -> e.kind().equals(kind)).toList();
      assertEquals(granted.size(), totals.grants(kind), kind.id());
      assertEquals(Money.sum(granted.stream().map(e -> kind.payment() == Payment.MONTHLY ? e.monthly() : e.yearly()).toList()),
          totals.amount(kind), kind.id());
    }
    List<HouseholdStanding> standings = standings();
    assertEquals(standings.stream().filter(HouseholdStanding::poor).count(), totals.poor());
    assertEquals(standings.stream().filter(HouseholdStanding::extreme).count(), totals.extreme());
    assertEquals(perHousehold.stream().filter(p -> p.personalShareCap().isPresent()).count(), totals.withPersonalShareCap());
    for (FiveBatch b : FiveBatch.values()) {
      assertEquals(perHousehold.stream().filter(p -> p.batch().primary() == b).count(), totals.primary(b), b.name());
    }
    assertEquals(Money.sum(perHousehold.stream().map(Prescription::monthlyTotal).toList()), totals.monthlyTotal());
    assertEquals(Money.sum(perHousehold.stream().map(Prescription::yearlyTotal).toList()), totals.yearlyTotal());
  }

  private List<HouseholdStanding> standings() {
    return java.util.stream.IntStream.range(0, HOUSEHOLDS).mapToObj(i -> HouseholdStanding.of(population.get(i),
        VariedPopulation.DATE, perHousehold.get(i).identification(), Optional.empty())).toList();
  }
}

package org.jingzhun.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyReader;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.columnar.ColumnarPrescription;
import org.jingzhun.eligibility.columnar.PopulationColumns;
import org.jingzhun.eligibility.columnar.PrescriptionTotals;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementProgramme;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.entitlement.Payment;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/** Invariants of the columnar prescription's totals, on generated households. */
class ColumnarPrescriptionProperties {
  private static final int HOUSEHOLDS = 20_000;
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = SyntheticHouseholds.DATE;
  private static final SyntheticHouseholds GENERATOR = SyntheticHouseholds.bazhong(42L);
  private static final PopulationColumns COLUMNS = GENERATOR.columns(HOUSEHOLDS);
  private static final ColumnarPrescription PRESCRIPTION = ColumnarPrescription.of(BOOK, DATE, COLUMNS);

  @Test
  void theTotalsOfTwoAdjacentRangesAddUpToTheTotalsOfBoth() {
    qt().withExamples(40).forAll(integers().between(0, HOUSEHOLDS), integers().between(0, HOUSEHOLDS), integers().between(0, HOUSEHOLDS))
        .check((a, b, c) -> {
          int from = Math.min(a, Math.min(b, c));
          int to = Math.max(a, Math.max(b, c));
          int mid = a + b + c - from - to;
          PrescriptionTotals left = PRESCRIPTION.totals(from, mid);
          PrescriptionTotals right = PRESCRIPTION.totals(mid, to);
          PrescriptionTotals both = PRESCRIPTION.totals(from, to);
          for (EntitlementKind k : both.kinds()) {
            if (!left.amount(k).plus(right.amount(k)).equals(both.amount(k)) || left.grants(k) + right.grants(k) != both.grants(k)) {
              return false;
            }
          }
          return left.yearlyTotal().plus(right.yearlyTotal()).equals(both.yearlyTotal())
              && left.households() + right.households() == both.households() && left.poor() + right.poor() == both.poor();
        });
  }

  @Test
  void theYearlyTotalIsTwelveMonthsOfMonthlyKindsPlusTheOthers() {
    qt().withExamples(40).forAll(integers().between(0, HOUSEHOLDS - 1), integers().between(1, 2_000)).check((from, length) -> {
      PrescriptionTotals t = PRESCRIPTION.totals(from, Math.min(HOUSEHOLDS, from + length));
      Money monthly = Money.ZERO;
      Money yearly = Money.ZERO;
      for (EntitlementKind k : t.kinds()) {
        boolean isMonthly = k.payment() == Payment.MONTHLY;
        monthly = isMonthly ? monthly.plus(t.amount(k)) : monthly;
        yearly = yearly.plus(isMonthly ? t.amount(k).times(12) : t.amount(k));
      }
      return monthly.equals(t.monthlyTotal()) && yearly.equals(t.yearlyTotal());
    });
  }

  @Test
  void noHouseholdIsGrantedANegativeAmount() {
    PrescriptionDigest digest = new PrescriptionDigest(PRESCRIPTION.kinds());
    qt().withExamples(2_000).forAll(integers().between(0, HOUSEHOLDS - 1)).check(i -> {
      PRESCRIPTION.prescribe(i, digest.reset());
      return !digest.negative;
    });
    assertFalse(digest.negative);
  }

  /** A test-only programme that grants through the object path only: a poor household gets, once, 1 fen per member. */
  private static final class ObjectPathOnly implements EntitlementProgramme {
    static final EntitlementKind PER_MEMBER = EntitlementKind.of("TEST_PER_MEMBER", "按人一分（测试）", "a fen per member (test)", Payment.ONE_OFF);

    @Override
    public Term rule() {
      return Term.of("test.per-member", "按人一分", "a fen per member");
    }

    @Override
    public List<EntitlementKind> kinds() {
      return List.of(PER_MEMBER);
    }

    @Override
    public void need(PolicyReader read) {}

    @Override
    public Rules resolve(PolicyBook book, RegionCode region, LocalDate date) {
      return (h, trace, grants) -> {
        if (h.poor()) {
          grants.grant(PER_MEMBER, Money.ofFen(h.household().size()));
        }
      };
    }
  }

  @Test
  void aProgrammeWithTheObjectPathOnlyIsAppliedToEachRowRebuiltAsAHousehold() {
    EntitlementRegistry registry = EntitlementRegistry.standard().with(new ObjectPathOnly());
    ColumnarPrescription columnar = ColumnarPrescription.of(BOOK, DATE, COLUMNS, registry);
    PrescriptionDigest byColumns = new PrescriptionDigest(registry.kinds());
    PrescriptionDigest perHousehold = new PrescriptionDigest(registry.kinds());
    for (int i = 0; i < 2_000; i++) {
      Household h = GENERATOR.household(i);
      perHousehold.reset().of(h, PrescriptionRules.resolve(BOOK, h.village(), DATE, registry).prescribe(PrescriptionCase.of(h), Trace.off()));
      columnar.prescribe(i, byColumns.reset());
      assertEquals(perHousehold.text.toString(), byColumns.text.toString(), "household " + i);
    }
    assertEquals(columnar.totals(0, 2_000).amount(ObjectPathOnly.PER_MEMBER).fen(),
        perHousehold.amountFen[registry.kinds().indexOf(ObjectPathOnly.PER_MEMBER)]);
  }
}

package org.jingzhun.eligibility.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/** Outpatient aid for chronic and special diseases and the premium subsidy by category. */
class MedicalAidTest {
  private static final PolicyBook SHIPPED = PolicyBook.shipped();
  /** Late 2015: line 2,800 (of 2014), Sichuan dibao 190 a month (2,280 a year), premium 120. */
  private static final LocalDate DATE = LocalDate.of(2015, 12, 1);
  /** The shipped book with a dibao share of 0.8 in Bazhou, so that the three categories differ. */
  private static final PolicyBook BOOK = SHIPPED.withOverrides(List.of(new PolicyFile("shares.yaml", """
      parameters:
        medical.premium-subsidy.share.dibao:
          values:
            "511902":
              - {from: 2014-01-01, value: 0.8, source: {issuer: test, title: hand-worked share, confidence: UNVERIFIED}}
      """)));

  private static OutpatientAidResult aid(HealthCondition c, String costs, String paid) {
    return OutpatientAid.compute(OutpatientClaim.builder().condition(c).costs(Money.ofYuan(costs))
        .paidThisYear(Money.ofYuan(paid)).build(), SHIPPED, Fixtures.BAZHOU, DATE);
  }

  @Test
  void aChronicIllnessGetsSeventyPerCentOfItsCostsWithinTheCap() {
    // Sichuan (estimated): deductible 0, rate 0.7, cap 3,000: 1,000 × 0.7 = 700.00
    OutpatientAidResult r = aid(HealthCondition.CHRONIC_ILLNESS, "1000.00", "0");
    assertEquals(Money.ofYuan("700.00"), r.aid());
    assertEquals(Money.ofYuan("300.00"), r.personal());
    assertEquals(Money.ofYuan("2300.00"), r.capLeft());
  }

  @Test
  void theYearlyCapLimitsTheAidOfALaterBill() {
    // 10,000 × 0.7 = 7,000 but 3,000 − 2,999.99 = 0.01 left of the cap
    OutpatientAidResult r = aid(HealthCondition.SERIOUS_ILLNESS, "10000.00", "2999.99");
    assertEquals(Money.ofFen(1), r.aid());
    assertEquals(Money.ZERO, r.capLeft());
  }

  @Test
  void anOrdinaryIllnessOrNoneIsNotCovered() {
    for (HealthCondition c : List.of(HealthCondition.ORDINARY_ILLNESS, HealthCondition.HEALTHY)) {
      OutpatientAidResult r = aid(c, "500.00", "0");
      assertFalse(r.covered());
      assertEquals(Money.ZERO, r.aid());
      assertEquals(Money.ofYuan("500.00"), r.personal());
    }
  }

  @Test
  void theAidAndTheMembersShareAddUpToTheCostsAndTheAidStaysWithinTheCapLeft() {
    OutpatientAid rules = OutpatientAid.resolve(SHIPPED, Fixtures.BAZHOU, DATE);
    HealthCondition[] conditions = HealthCondition.values();
    qt().forAll(longs().between(0, 2_000_000_00L), longs().between(0, 400_000L), integers().between(0, conditions.length - 1))
        .checkAssert((costs, paid, c) -> {
          OutpatientAidResult r = rules.settle(OutpatientClaim.builder().condition(conditions[c]).costs(Money.ofFen(costs))
              .paidThisYear(Money.ofFen(paid)).build(), Trace.off());
          assertEquals(Money.ofFen(costs), r.aid().plus(r.personal()));
          Money capLeft = Money.ofYuan(3000).minus(Money.ofFen(paid)).max(Money.ZERO);
          assertEquals(capLeft, r.aid().plus(r.capLeft()));
          assertTrue(!r.aid().isGreaterThan(Money.ofFen(costs)));
        });
  }

  @Test
  void aNegativeCostIsRefusedAtItsPath() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> OutpatientClaim.builder().condition(HealthCondition.CHRONIC_ILLNESS).costs(Money.ofYuan(-1)).build());
    assertEquals("costs", e.violations().get(0).path());
  }

  @Test
  void theExplanationCitesTheEstimatedParameters() {
    String text = OutpatientAid.explain(OutpatientClaim.builder().condition(HealthCondition.CHRONIC_ILLNESS)
        .costs(Money.ofYuan(100)).build(), SHIPPED, Fixtures.BAZHOU, DATE).explanationText(Language.EN);
    assertTrue(text.contains(OutpatientAid.CAP.name()) && text.contains(OutpatientAid.RATE.name()), text);
  }

  private static List<Entitlement> granted(Household h) {
    Prescription p = PrescriptionRules.compute(PrescriptionCase.of(h), BOOK, DATE);
    return p.entitlements().stream().filter(e -> e.kind().equals(MedicalAidProgramme.PREMIUM_SUBSIDY)
        || e.kind().equals(MedicalAidProgramme.OUTPATIENT_AID)).toList();
  }

  @Test
  void aDibaoHouseholdsMembersEachGetTheDibaoShareOfThePremium() {
    // 2 members, net 0 < 2 × 2,280: dibao; 120 × 0.8 = 96.00 each
    List<Entitlement> g = granted(Fixtures.household("0", 2).build());
    assertEquals(2, g.size());
    assertEquals(Money.ofYuan(96), g.get(0).yearly());
    assertEquals("P2", g.get(1).memberId().orElseThrow());
  }

  @Test
  void aPoorHouseholdAboveTheDibaoStandardGetsTheRegisteredPoorShare() {
    // 2 members, net 5,000: 2,500 a person, < 2,800 (poor) but > 2,280 (not dibao): 120 × 0.5 = 60.00 each
    List<Entitlement> g = granted(Fixtures.household("5000", 2).build());
    assertEquals(List.of(Money.ofYuan(60), Money.ofYuan(60)), g.stream().map(Entitlement::yearly).toList());
  }

  @Test
  void anExtremePovertyMemberIsSubsidisedInFullAndAChronicIllnessAddsOutpatientAid() {
    // a lone adult who cannot work, living on 2,000 of transfers: extreme poverty; 120 × 1 = 120.00
    Household h = Fixtures.household("0", 0)
        .addMembers(Fixtures.adult("P1").labourCapacity(LabourCapacity.NONE).health(HealthCondition.CHRONIC_ILLNESS).build())
        .income(Income.builder().transfers(Money.ofYuan(2000)).build()).build();
    List<Entitlement> g = granted(h);
    assertEquals(Money.ofYuan(120), g.get(0).yearly());
    assertEquals(MedicalAidProgramme.OUTPATIENT_AID, g.get(1).kind());
    assertEquals(Money.ZERO, g.get(1).yearly());
  }

  @Test
  void aHouseholdNotPoorGetsNoMedicalAid() {
    assertEquals(List.of(), granted(Fixtures.household("30000", 2).build()));
  }
}

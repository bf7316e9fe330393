package org.jingzhun.eligibility.prescription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.dibao.DibaoProgramme;
import org.jingzhun.eligibility.education.EducationProgramme;
import org.jingzhun.eligibility.entitlement.Entitlement;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.housing.RenovationProgramme;
import org.jingzhun.eligibility.medical.MedicalAidProgramme;
import org.jingzhun.eligibility.identification.GuaranteeDeficit;
import org.junit.jupiter.api.Test;

class PrescriptionRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /**
   * With the shipped parameters a full prescription needs the identification line (the year
   * before's), the dibao standard and the five-batches table in force: late 2015 is such a date
   * (line of 2014: 2,800; Sichuan dibao 190 a month; the table from 2015-11-29).
   */
  private static final LocalDate DATE = LocalDate.of(2015, 12, 1);

  private static Household family() {
    return Fixtures.household("6000", 0)
        .addMembers(Fixtures.adult("P1").build())
        .addMembers(Fixtures.adult("P2").disabilityGrade(2).labourCapacity(LabourCapacity.NONE).build())
        .addMembers(Fixtures.child("C1", LocalDate.of(2006, 3, 1)).schoolStage(SchoolStage.PRIMARY).boarding(true).build())
        .addCauses(PovertyCause.DISABILITY).build();
  }

  @Test
  void aDibaoFamilyWithABoarderGetsEveryEntitlementWorkedByHand() {
    Prescription p = PrescriptionRules.compute(PrescriptionCase.of(family()), BOOK, DATE);
    // 6,000 < 2,800 × 3 = 8,400: poor; < 190 × 12 × 3 = 6,840: dibao category
    assertEquals(Optional.of(PovertyCategory.DIBAO), p.identification().category());
    // top-up 190 × 3 − 6,000 / 12 = 570 − 500 = 70 a month, 840 a year
    // boarder 1,000 a year, nutrition 800, fees waived (0): paid by term, no monthly amount
    assertEquals(List.of(
        entitlement(DibaoProgramme.TOP_UP, null, "70", "840"),
        byTerm(EducationProgramme.FEE_WAIVER, "C1", "0"),
        byTerm(EducationProgramme.LIVING_ALLOWANCE, "C1", "1000"),
        byTerm(EducationProgramme.NUTRITION, "C1", "800"),
        // the premium subsidy of a dibao household in 2015: 120 × 0.5 = 60 a member
        byTerm(MedicalAidProgramme.PREMIUM_SUBSIDY, "P1", "60"),
        byTerm(MedicalAidProgramme.PREMIUM_SUBSIDY, "P2", "60"),
        byTerm(MedicalAidProgramme.PREMIUM_SUBSIDY, "C1", "60")), p.entitlements());
    // a month: the top-up 70 only; a year: 840 + 1,000 + 800 + 3 × 60 = 2,820
    assertEquals(Money.ofYuan(70), p.monthlyTotal());
    assertEquals(Money.ofYuan(2820), p.yearlyTotal());
    // disability cause → social security 2, severe disability 1 = 3; labourer → production 1; pupil → education 1
    assertEquals(FiveBatch.SOCIAL_SECURITY, p.batch().primary());
    assertEquals(Optional.of(FiveBatch.PRODUCTION_AND_EMPLOYMENT), p.batch().secondary());
    assertEquals(Optional.empty(), p.personalShareCap());
  }

  private static Entitlement byTerm(EntitlementKind kind, String member, String yearly) {
    return Entitlement.builder().kind(kind).memberId(member).monthly(Money.ZERO).yearly(Money.ofYuan(yearly)).build();
  }

  @Test
  void aidPaidByTermStaysOutOfTheMonthlyTotal() {
    Household h = Household.builder().from(family()).members(List.of(family().members().get(0), family().members().get(1),
        Fixtures.child("C1", LocalDate.of(2006, 3, 1)).schoolStage(SchoolStage.JUNIOR_MIDDLE).boarding(true).build())).build();
    Prescription p = PrescriptionRules.compute(PrescriptionCase.of(h), BOOK, DATE);
    // a month: the dibao top-up only, 190 × 3 − 6,000 / 12 = 70 (not 70 + 1,250 / 12 ≈ 104.17 + 800 / 12 ≈ 66.67 = 240.84,
    // whose 12 months, 2,890.08, would not be the year)
    assertEquals(Money.ofYuan(70), p.monthlyTotal());
    // a year: 12 × 70 + junior boarder 1,250 + nutrition 800 + premium subsidy 3 × 60 = 840 + 2,050 + 180 = 3,070
    assertEquals(Money.ofYuan(3070), p.yearlyTotal());
  }

  private static Entitlement entitlement(EntitlementKind kind, String member, String monthly, String yearly) {
    return Entitlement.builder().kind(kind).memberId(Optional.ofNullable(member))
        .monthly(Money.ofYuan(monthly)).yearly(Money.ofYuan(yearly)).build();
  }

  @Test
  void aPoorFamilyInAnUnsafeHouseGetsTheGrantOnceAndTheCap() {
    // 2021-12-15: line of 2020 4,000; dibao 415. 7,000 < 8,000 poor; < 9,960 dibao
    Household h = Fixtures.household("7000", 2).housing(HousingSafetyGrade.C).build();
    Prescription p = PrescriptionRules.compute(PrescriptionCase.of(h), BOOK, LocalDate.of(2021, 12, 15));
    // 415 × 2 − 7,000 / 12 (583.33) = 246.67 a month, 2,960.04 a year; C grant 20,000 once
    assertEquals(List.of(entitlement(DibaoProgramme.TOP_UP, null, "246.67", "2960.04"),
        Entitlement.builder().kind(RenovationProgramme.GRANT).monthly(Money.ZERO).yearly(Money.ofYuan(20000)).build(),
        // the premium subsidy of a dibao household in 2021: 320 × 0.5 = 160 a member
        byTerm(MedicalAidProgramme.PREMIUM_SUBSIDY, "P1", "160"),
        byTerm(MedicalAidProgramme.PREMIUM_SUBSIDY, "P2", "160")),
        p.entitlements());
    // 2,960.04 + 20,000 + 2 × 160 = 23,280.04
    assertEquals(Money.ofYuan("23280.04"), p.yearlyTotal());
    assertEquals(java.util.Set.of(GuaranteeDeficit.UNSAFE_HOUSING), p.missingGuarantees());
    assertEquals(Optional.of(Share.parse("0.1")), p.personalShareCap());
  }

  @Test
  void aHouseholdWithABusinessLossIsPrescribedDibaoCappedAtTheStandard() {
    // net 1,000 − 1,500 = −500: poor (< 2,800 × 2) and dibao (< 190 × 12 × 2 = 4,560);
    // gap (4,560 + 500) / 12 = 421.67 capped at 190 × 2 = 380 a month, 4,560 a year
    Household h = Fixtures.household("0", 2)
        .income(Income.builder().business(Money.ofYuan(1000)).productionCosts(Money.ofYuan(1500)).build()).build();
    Prescription p = PrescriptionRules.compute(PrescriptionCase.of(h), BOOK, DATE);
    assertEquals(Optional.of(PovertyCategory.DIBAO), p.identification().category());
    // and the premium subsidy of a dibao household in 2015, 120 × 0.5 = 60 a member
    assertEquals(List.of(entitlement(DibaoProgramme.TOP_UP, null, "380", "4560"),
        byTerm(MedicalAidProgramme.PREMIUM_SUBSIDY, "P1", "60"), byTerm(MedicalAidProgramme.PREMIUM_SUBSIDY, "P2", "60")),
        p.entitlements());
  }

  @Test
  void theExplanationAndTheNoticePrintInBothLanguages() {
    var explained = PrescriptionRules.explain(PrescriptionCase.of(family()), BOOK, DATE);
    String zh = explained.explanationText(Language.ZH);
    String en = explained.explanationText(Language.EN);
    assertTrue(zh.contains("帮扶处方") && zh.contains("dibao.standard.rural") && zh.contains("农村低保核定"), zh);
    assertTrue(en.contains("household prescription") && en.contains("education assistance"), en);
    String notice = PrescriptionNotice.render(explained.value(), Language.ZH);
    assertTrue(notice.contains("低保贫困户") && notice.contains("每月 70.00 元，每年 2820.00 元")
        && notice.contains("每年 1000.00 元（按学期发放）"), notice);
    assertTrue(PrescriptionNotice.render(explained.value(), Language.EN).contains("70.00 yuan a month"));
  }

  /**
   * Education aid a year for a pupil of a poor household on {@link #DATE}, from the shipped
   * figures: preschool fees waived (0) and Sichuan's preschool subsidy 500 (estimated); primary
   * boarder 1,000 / day 500 + nutrition 800; junior middle boarder 1,250 / day 625 + nutrition
   * 800; senior high and vocational grant 2,000, and for a vocational student the Rain and Dew
   * subsidy 3,000; higher education grant 3,000 (3,300 only from 2019-09) and the scholarship,
   * awarded on merit (0 in the prescription).
   */
  private static long educationFen(SchoolStage stage, boolean boarding) {
    return switch (stage) {
      case PRESCHOOL -> 500_00;
      case PRIMARY -> (boarding ? 1000_00 : 500_00) + 800_00;
      case JUNIOR_MIDDLE -> (boarding ? 1250_00 : 625_00) + 800_00;
      case SENIOR_HIGH -> 2000_00;
      case SECONDARY_VOCATIONAL -> 2000_00 + 3000_00;
      case HIGHER -> 3000_00;
    };
  }

  @Test
  void theTotalsMatchAnIndependentRecomputationFromThePolicy() {
    // adults with full labour and wages, one pupil: members = adults + 1, housing safe, no relocation.
    // poor ⇔ income < 2,800 × members; dibao ⇔ income < 190 × 12 × members, gap = (190 × 12 × members − income) / 12
    // half-up to the fen. Month: the gap. Year: 12 × the gap + the pupil's aid if poor + the premium
    // subsidy if poor, 120 × 0.5 = 60 a member (dibao and other poor households alike in Sichuan).
    PrescriptionRules rules = PrescriptionRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    qt().forAll(longs().between(0, 3_000_000), integers().between(1, 5), booleans().all(), integers().between(0, 5))
        .checkAssert((fen, adults, boarding, stage) -> {
          SchoolStage s = SchoolStage.values()[stage];
          Household.Builder b = Fixtures.household("0", adults).income(Income.builder().wages(Money.ofFen(fen)).build());
          b.addMembers(Fixtures.child("C1", LocalDate.of(2006, 3, 1)).schoolStage(s).boarding(boarding).build());
          Prescription p = rules.prescribe(PrescriptionCase.of(b.build()), Trace.off());
          int members = adults + 1;
          boolean poor = fen < 2800_00L * members;
          long shortfall = 190_00L * 12 * members - fen;
          long gap = shortfall > 0
              ? new java.math.BigDecimal(shortfall).divide(java.math.BigDecimal.valueOf(12), 0, java.math.RoundingMode.HALF_UP).longValueExact()
              : 0;
          assertEquals(Money.ofFen(gap), p.monthlyTotal(), () -> fen + " fen, " + members + " members");
          assertEquals(Money.ofFen(12 * gap + (poor ? educationFen(s, boarding) + 60_00L * members : 0)), p.yearlyTotal(),
              () -> fen + " fen, " + members + " members, " + s + (boarding ? " boarder" : ""));
        });
  }

  @Test
  void caseAndPrescriptionRoundTripThroughJson() {
    PrescriptionCase c = PrescriptionCase.of(family());
    assertEquals(c, JingzhunJson.read(JingzhunJson.write(c), PrescriptionCase.class));
    Prescription p = PrescriptionRules.compute(c, BOOK, DATE);
    assertEquals(p, JingzhunJson.read(JingzhunJson.write(p), Prescription.class));
  }
}

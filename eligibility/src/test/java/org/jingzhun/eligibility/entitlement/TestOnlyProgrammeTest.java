package org.jingzhun.eligibility.entitlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.ExplanationText;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.dibao.DibaoProgramme;
import org.jingzhun.eligibility.medical.MedicalAidProgramme;
import org.jingzhun.eligibility.prescription.Prescription;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionNotice;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/**
 * An entitlement added by its own class ({@link HeatingAllowanceProgramme}), its parameter file and
 * these cases: the prescription, its totals, its explanation, its notice and its gaps take it in
 * without a change anywhere else.
 */
class TestOnlyProgrammeTest {
  private static final LocalDate DATE = LocalDate.of(2015, 12, 1);
  private static final EntitlementRegistry WITH_HEATING = EntitlementRegistry.standard().with(new HeatingAllowanceProgramme());

  private static PolicyBook bookWithHeating() throws Exception {
    try (InputStream in = TestOnlyProgrammeTest.class.getResourceAsStream("/entitlement/heating-allowance.yaml")) {
      return PolicyBook.shipped().withOverrides(List.of(PolicyFile.of("heating-allowance.yaml", in)));
    }
  }

  /** Three members, 6,000 a year: poor (below 2,800 × 3 = 8,400) and dibao (below 190 × 12 × 3 = 6,840). */
  private static Household poorFamily() {
    return Fixtures.household("6000", 0).addMembers(Fixtures.adult("P1").build(), Fixtures.adult("P2").build(),
        Fixtures.adult("P3").build()).build();
  }

  @Test
  void theAllowanceJoinsThePrescriptionAndItsTotals() throws Exception {
    PrescriptionRules rules = PrescriptionRules.resolve(bookWithHeating(), Fixtures.VILLAGE, DATE, WITH_HEATING);
    Prescription p = rules.prescribe(PrescriptionCase.of(poorFamily()), Trace.off());
    // dibao: 190 × 3 − 6,000 / 12 = 570 − 500 = 70 a month; the premium subsidy of a dibao household
    // in 2015, 120 × 0.5 = 60 a member a year; heating: 15 × 3 members = 45 a month
    assertEquals(List.of(Entitlement.of(DibaoProgramme.TOP_UP, Optional.empty(), Money.ofYuan(70)),
        Entitlement.of(MedicalAidProgramme.PREMIUM_SUBSIDY, Optional.of("P1"), Money.ofYuan(60)),
        Entitlement.of(MedicalAidProgramme.PREMIUM_SUBSIDY, Optional.of("P2"), Money.ofYuan(60)),
        Entitlement.of(MedicalAidProgramme.PREMIUM_SUBSIDY, Optional.of("P3"), Money.ofYuan(60)),
        Entitlement.of(HeatingAllowanceProgramme.ALLOWANCE, Optional.empty(), Money.ofYuan(45))), p.entitlements());
    // a month 70 + 45 = 115; a year 115 × 12 + 3 × 60 = 1,380 + 180 = 1,560
    assertEquals(Money.ofYuan(115), p.monthlyTotal());
    assertEquals(Money.ofYuan(1560), p.yearlyTotal());
    // its figure is not official, so the prescription says so
    assertTrue(p.estimatedOrUnverified().contains(HeatingAllowanceProgramme.PER_MEMBER), p.estimatedOrUnverified().toString());
  }

  @Test
  void aHouseholdThatIsNotPoorGetsNoAllowance() throws Exception {
    PrescriptionRules rules = PrescriptionRules.resolve(bookWithHeating(), Fixtures.VILLAGE, DATE, WITH_HEATING);
    // 30,000 a year for three is far above the line 8,400
    Household comfortable = Fixtures.household("30000", 3).build();
    Prescription p = rules.prescribe(PrescriptionCase.of(comfortable), Trace.off());
    assertEquals(List.of(), p.entitlements());
    assertEquals(Money.ZERO, p.yearlyTotal());
  }

  @Test
  void theNoticeAndTheExplanationPrintIt() throws Exception {
    PrescriptionRules rules = PrescriptionRules.resolve(bookWithHeating(), Fixtures.VILLAGE, DATE, WITH_HEATING);
    Explained<Prescription> e = rules.explain(PrescriptionCase.of(poorFamily()));
    String zh = PrescriptionNotice.render(e.value(), Language.ZH);
    assertTrue(zh.contains("取暖补助（测试）：每月 45.00 元，每年 540.00 元"), zh);
    String en = PrescriptionNotice.render(e.value(), Language.EN);
    assertTrue(en.contains("heating allowance (test): 45.00 yuan a month, 540.00 yuan a year"), en);
    String explanation = ExplanationText.render(e.explanation(), Language.EN);
    assertTrue(explanation.contains("winter heating allowance") && explanation.contains(HeatingAllowanceProgramme.PER_MEMBER), explanation);
  }

  @Test
  void aDateWithoutItsValueNamesTheGap() throws Exception {
    // the heating allowance is set for 2015 only: on 2016-06-01 resolving names it as a policy gap, not a crash
    PolicyBook book = bookWithHeating();
    ValidationException e = assertThrows(ValidationException.class,
        () -> PrescriptionRules.resolve(book, Fixtures.VILLAGE, LocalDate.of(2016, 6, 1), WITH_HEATING));
    assertTrue(e.isNoPolicy(), e.getMessage());
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(HeatingAllowanceProgramme.PER_MEMBER)), e.getMessage());
  }

  @Test
  void theStandardPrescriptionIsUnchangedByTheRegistryThatHasIt() throws Exception {
    PolicyBook book = bookWithHeating();
    Prescription standard = PrescriptionRules.resolve(book, Fixtures.VILLAGE, DATE).prescribe(PrescriptionCase.of(poorFamily()), Trace.off());
    assertEquals(List.of(DibaoProgramme.TOP_UP, MedicalAidProgramme.PREMIUM_SUBSIDY, MedicalAidProgramme.PREMIUM_SUBSIDY,
        MedicalAidProgramme.PREMIUM_SUBSIDY), standard.entitlements().stream().map(Entitlement::kind).toList());
  }
}

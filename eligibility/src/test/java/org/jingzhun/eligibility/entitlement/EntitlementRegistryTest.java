package org.jingzhun.eligibility.entitlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.dibao.DibaoProgramme;
import org.jingzhun.eligibility.housing.RenovationProgramme;
import org.junit.jupiter.api.Test;

class EntitlementRegistryTest {

  @Test
  void theStandardRegistryHoldsTheLibrarysProgrammesInTheirDeclaredOrder() {
    assertEquals(List.of("dibao", "education", "housing.renovation", "medical.personal-share-cap", "housing.relocation",
        "medical.aid"),
        EntitlementRegistry.standard().programmes().stream().map(p -> p.rule().key()).toList());
    assertEquals(List.of("DIBAO_TOP_UP", "EXTREME_POVERTY_SUPPORT", "DIBAO_ADD_ON_DISABILITY", "DIBAO_ADD_ON_ILLNESS",
        "EDUCATION_FEE_WAIVER", "EDUCATION_LIVING_ALLOWANCE", "EDUCATION_NUTRITION", "EDUCATION_NATIONAL_GRANT",
        "EDUCATION_STUDENT_LOAN", "EDUCATION_PRESCHOOL_SUBSIDY", "EDUCATION_RAIN_AND_DEW",
        "EDUCATION_SCHOLARSHIP", "HOUSING_RENOVATION", "RELOCATION_SUBSIDY", "MEDICAL_PREMIUM_SUBSIDY",
        "MEDICAL_OUTPATIENT_AID"),
        EntitlementRegistry.standard().kinds().stream().map(EntitlementKind::id).toList());
  }

  @Test
  void aKindIsFoundByItsIdentifierAndAnUnknownOneIsRefusedNamingTheKnown() {
    assertEquals(Payment.ONE_OFF, EntitlementRegistry.standard().kind("HOUSING_RENOVATION").payment());
    ValidationException e = assertThrows(ValidationException.class, () -> EntitlementRegistry.standard().kind("DIBAO"));
    assertEquals("kind", e.violations().get(0).path());
    assertTrue(e.getMessage().contains("DIBAO_TOP_UP"), e.getMessage());
  }

  @Test
  void twoProgrammesMayNotGrantTheSameKind() {
    EntitlementRegistry once = EntitlementRegistry.standard().with(new HeatingAllowanceProgramme());
    ValidationException e = assertThrows(ValidationException.class, () -> once.with(new HeatingAllowanceProgramme()));
    assertEquals("programmes[7].kinds", e.violations().get(0).path());
  }

  @Test
  void anEntitlementWritesItsKindAndPaymentAndReadsBack() {
    Entitlement grant = Entitlement.of(RenovationProgramme.GRANT, Optional.empty(), Money.ofYuan(20000));
    String json = JingzhunJson.write(grant).replace(" ", "");
    assertTrue(json.contains("\"kind\":\"HOUSING_RENOVATION\"") && json.contains("\"payment\":\"ONE_OFF\""), json);
    assertEquals(grant, JingzhunJson.read(json, Entitlement.class));
  }

  @Test
  void jsonNamingAnUnknownKindIsRefusedAtItsPath() {
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(
        "{\"kind\":\"FREE_LUNCH\",\"monthly\":\"0\",\"yearly\":\"5\"}", Entitlement.class));
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals("kind")), e.getMessage());
  }

  @Test
  void aMonthlyEntitlementsYearIsTwelveMonthsAndOtherPaymentsHaveNoMonth() {
    // 70 a month → 840 a year
    Entitlement monthly = Entitlement.of(DibaoProgramme.TOP_UP, Optional.empty(), Money.ofYuan(70));
    assertEquals(Money.ofYuan(840), monthly.yearly());
    ValidationException e = assertThrows(ValidationException.class, () -> Entitlement.builder()
        .kind(DibaoProgramme.TOP_UP).monthly(Money.ofYuan(70)).yearly(Money.ofYuan(800)).build());
    assertEquals("yearly", e.violations().get(0).path());
    ValidationException once = assertThrows(ValidationException.class, () -> Entitlement.builder()
        .kind(RenovationProgramme.GRANT).monthly(Money.ofYuan(1)).yearly(Money.ofYuan(12)).build());
    assertEquals("monthly", once.violations().get(0).path());
  }

  @Test
  void aKindsIdentifierIsCheckedWhenItIsMade() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> EntitlementKind.of("dibao top-up", " ", "dibao", null));
    assertEquals(List.of("id", "chinese", "payment"), e.violations().stream().map(v -> v.path()).toList());
  }
}

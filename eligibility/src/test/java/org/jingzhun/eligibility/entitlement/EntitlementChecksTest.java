package org.jingzhun.eligibility.entitlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.dibao.DibaoProgramme;
import org.jingzhun.eligibility.housing.RenovationProgramme;
import org.junit.jupiter.api.Test;

/** The checks of entitlement kinds, entitlements and registries, each refusal at its path. */
class EntitlementChecksTest {

  @Test
  void aKindNeedsAnEnglishName() {
    ValidationException e = assertThrows(ValidationException.class, () -> EntitlementKind.of("TEST_KIND", "测试", " ", Payment.YEARLY));
    assertEquals(List.of("english"), e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void aKindIsItsIdentifierInTextAndInEquality() {
    EntitlementKind again = EntitlementKind.of("DIBAO_TOP_UP", "另一个", "another", Payment.MONTHLY);
    assertEquals("DIBAO_TOP_UP", DibaoProgramme.TOP_UP.toString());
    assertEquals(DibaoProgramme.TOP_UP, again);
    assertEquals(DibaoProgramme.TOP_UP.hashCode(), again.hashCode());
    assertNotEquals(DibaoProgramme.TOP_UP, RenovationProgramme.GRANT);
    assertNotEquals(DibaoProgramme.TOP_UP.hashCode(), RenovationProgramme.GRANT.hashCode());
  }

  @Test
  void aKindIsNamedFromTheStandardRegistryOrRefused() {
    assertSame(RenovationProgramme.GRANT, EntitlementKind.named("HOUSING_RENOVATION"));
    ValidationException e = assertThrows(ValidationException.class, () -> EntitlementKind.named("FREE_LUNCH"));
    assertTrue(e.getMessage().contains("FREE_LUNCH") && e.getMessage().contains("DIBAO_TOP_UP"), e.getMessage());
  }

  @Test
  void anEntitlementMayNotBeNegative() {
    ValidationException month = assertThrows(ValidationException.class, () -> Entitlement.builder()
        .kind(DibaoProgramme.TOP_UP).monthly(Money.ofYuan(-1)).yearly(Money.ofYuan(-12)).build());
    assertEquals(List.of("monthly", "yearly"), month.violations().stream().map(v -> v.path()).toList());
    ValidationException year = assertThrows(ValidationException.class, () -> Entitlement.builder()
        .kind(RenovationProgramme.GRANT).monthly(Money.ZERO).yearly(Money.ofYuan(-5)).build());
    assertEquals(List.of("yearly"), year.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void aRegistryOfChosenProgrammesHoldsThemAndTheirKindsOnly() {
    EntitlementRegistry heating = EntitlementRegistry.of(List.of(new HeatingAllowanceProgramme()));
    assertEquals(1, heating.programmes().size());
    assertEquals(List.of(HeatingAllowanceProgramme.ALLOWANCE), heating.kinds());
    assertEquals(Optional.of(HeatingAllowanceProgramme.ALLOWANCE), heating.find("TEST_HEATING_ALLOWANCE"));
    assertEquals(Optional.empty(), heating.find("DIBAO_TOP_UP"));
    assertEquals(Optional.empty(), heating.find(null));
    ValidationException e = assertThrows(ValidationException.class, () -> heating.kind(null));
    assertEquals("kind", e.violations().get(0).path());
    assertTrue(e.getMessage().contains("TEST_HEATING_ALLOWANCE"), e.getMessage());
  }

  @Test
  void everyPaymentHasItsTermInBothLanguages() {
    for (Payment p : Payment.values()) {
      assertEquals(p.name(), p.term().key());
      assertTrue(!p.term().label(Language.ZH).isBlank() && !p.term().label(Language.EN).isBlank(), p.name());
    }
  }
}

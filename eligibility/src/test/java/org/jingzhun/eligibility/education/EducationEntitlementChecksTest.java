package org.jingzhun.eligibility.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jingzhun.core.household.SchoolStage;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** An education entitlement's terms add up to its yearly amount. */
class EducationEntitlementChecksTest {

  private static EducationEntitlement.Builder allowance() {
    return EducationEntitlement.builder().memberId("C1").stage(SchoolStage.PRIMARY).aid(EducationAid.LIVING_ALLOWANCE)
        .yearly(Money.ofYuan("1000"));
  }

  @Test
  void termsThatAddUpToTheYearAreAccepted() {
    // 500 + 500 = 1,000
    assertEquals(2, allowance().addPerTerm(Money.ofYuan("500"), Money.ofYuan("500")).build().perTerm().size());
  }

  @Test
  void termsThatDoNotAddUpAreRefused() {
    // 500 + 499.99 = 999.99
    ValidationException e = assertThrows(ValidationException.class,
        () -> allowance().addPerTerm(Money.ofYuan("500"), Money.ofYuan("499.99")).build());
    assertEquals(List.of(new Violation("perTerm", "[500.00, 499.99]", "the terms must add up to the yearly 1000.00")),
        e.violations());
  }

  @Test
  void anEntitlementNamesWhatItMisses() {
    assertEquals(List.of("memberId", "stage", "aid", "yearly"), assertThrows(ValidationException.class,
        () -> EducationEntitlement.builder().build()).violations().stream().map(Violation::path).toList());
  }
}

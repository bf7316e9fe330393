package org.jingzhun.eligibility.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The defaults and checks of {@link CascadeLayer} and {@link InpatientBill}. */
class CascadeValuesTest {
  private static final Money MINUS_ONE = Money.ofYuan("-1");

  @Test
  void aLayerHasNoDeductibleNoBonusAndAppliesToEveryoneUnlessStated() {
    CascadeLayer l = CascadeLayer.builder().payer(Payer.BASIC_MEDICAL_INSURANCE).base(CascadeLayer.Base.COVERED)
        .rate(Share.parse("0.7")).build();
    assertEquals(Money.ZERO, l.deductible());
    assertFalse(l.deductiblePerYear());
    assertEquals(Share.ONE, l.poorDeductibleShare());
    assertEquals(Share.ZERO, l.poorRateBonus());
    assertFalse(l.poorOnly());
    assertFalse(l.inCountyOnly());
  }

  @Test
  void aLayerRefusesANegativeDeductibleAndNegativeCaps() {
    ValidationException e = assertThrows(ValidationException.class, () -> CascadeLayer.builder()
        .payer(Payer.BASIC_MEDICAL_INSURANCE).base(CascadeLayer.Base.COVERED).rate(Share.parse("0.7"))
        .deductible(MINUS_ONE).perBillCap(MINUS_ONE).perYearCap(MINUS_ONE).build());
    assertEquals(List.of(new Violation("deductible", "-1.00", "may not be negative"),
        new Violation("perBillCap", "-1.00", "may not be negative"),
        new Violation("perYearCap", "-1.00", "may not be negative")), e.violations());
  }

  @Test
  void aLayerAcceptsZeroCaps() {
    CascadeLayer l = CascadeLayer.builder().payer(Payer.MEDICAL_ASSISTANCE).base(CascadeLayer.Base.TOTAL)
        .rate(Share.ONE).perBillCap(Money.ZERO).perYearCap(Money.ZERO).build();
    assertEquals(Money.ZERO, l.perYearCap().orElseThrow());
  }

  @Test
  void aLayerWithoutPayerBaseOrRateNamesEach() {
    ValidationException e = assertThrows(ValidationException.class, () -> CascadeLayer.builder().build());
    assertEquals(List.of("payer", "base", "rate"), e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void aBillRefusesNegativeAmountsOfEveryKind() {
    ValidationException e = assertThrows(ValidationException.class, () -> InpatientBill.builder()
        .total(MINUS_ONE).covered(MINUS_ONE).inCounty(true).registeredPoor(true)
        .paidThisYear(Map.of(Payer.MEDICAL_ASSISTANCE, MINUS_ONE))
        .deductibleMetThisYear(Map.of(Payer.BASIC_MEDICAL_INSURANCE, MINUS_ONE)).build());
    assertEquals(List.of(new Violation("total", "-1.00", "may not be negative"),
        new Violation("covered", "-1.00", "may not be negative"),
        new Violation("paidThisYear.MEDICAL_ASSISTANCE", "-1.00", "may not be negative"),
        new Violation("deductibleMetThisYear.BASIC_MEDICAL_INSURANCE", "-1.00", "may not be negative")), e.violations());
  }

  @Test
  void aBillsCoveredPartMayEqualButNotExceedItsTotal() {
    Money hundred = Money.ofYuan("100");
    assertEquals(hundred, InpatientBill.builder().total(hundred).covered(hundred).inCounty(true).registeredPoor(false)
        .build().covered());
    ValidationException e = assertThrows(ValidationException.class, () -> InpatientBill.builder().total(hundred)
        .covered(Money.ofYuan("100.01")).inCounty(true).registeredPoor(false).build());
    assertEquals(List.of(new Violation("covered", "100.01", "the policy-covered part may not exceed the total 100.00")),
        e.violations());
  }
}

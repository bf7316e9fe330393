package org.jingzhun.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The derived queries of {@link Person} and {@link Household}, and the checks of rigid spending and income. */
class HouseholdQueriesTest {

  private static Person.Builder person(String id) {
    return Person.builder().id(id).birthDate(LocalDate.of(1970, 5, 1)).relationship(Relationship.HEAD)
        .labourCapacity(LabourCapacity.FULL);
  }

  private static Household.Builder household() {
    return Household.builder().id("H1").village(RegionCode.of("511902101201")).housing(HousingSafetyGrade.B)
        .safeDrinkingWater(true).income(Income.none()).addMembers(person("P1").build());
  }

  private static RegistrationRecord registration(RegistrationStatus status) {
    return RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(status).year(2016).build();
  }

  @Test
  void aDisabilityOfGradeOneOrTwoIsSevereAndThreeIsNot() {
    assertTrue(person("P").disabilityGrade(1).build().hasSevereDisability());
    assertTrue(person("P").disabilityGrade(2).build().hasSevereDisability());
    assertFalse(person("P").disabilityGrade(3).build().hasSevereDisability());
    assertFalse(person("P").build().hasSevereDisability());
  }

  @Test
  void aMemberWithASchoolStageIsInSchool() {
    assertTrue(person("P").schoolStage(SchoolStage.PRIMARY).build().inSchool());
    assertFalse(person("P").build().inSchool());
  }

  @Test
  void aMemberIsUninsuredAndNotBoardingUnlessStated() {
    assertFalse(person("P").build().insured());
    assertFalse(person("P").build().boarding());
    assertTrue(person("P").insured(true).build().insured());
  }

  @Test
  void onlyAHouseholdRegisteredAsPoorIsRegisteredPoor() {
    assertTrue(household().registration(registration(RegistrationStatus.POOR)).build().isRegisteredPoor());
    assertFalse(household().registration(registration(RegistrationStatus.EXITED)).build().isRegisteredPoor());
    assertFalse(household().build().isRegisteredPoor());
  }

  @Test
  void rigidSpendingAddsUp() {
    // 3,000.50 medical + 1,200.00 schooling = 4,200.50
    Household h = household().rigidSpending(Map.of(
        RigidSpendingKind.MEDICAL, Money.ofYuan("3000.50"), RigidSpendingKind.EDUCATION, Money.ofYuan("1200"))).build();
    assertEquals(Money.ofYuan("4200.50"), h.totalRigidSpending());
    assertEquals(Money.ZERO, household().build().totalRigidSpending());
  }

  @Test
  void aNegativeRigidSpendingIsAViolationAtItsKind() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> household().rigidSpending(Map.of(RigidSpendingKind.MEDICAL, Money.ofYuan("-1"))).build());
    assertEquals(List.of(new Violation("rigidSpending.MEDICAL", "-1.00", "may not be negative")), e.violations());
  }

  @Test
  void everyNegativeIncomeSourceIsReported() {
    Money minus = Money.ofYuan("-1");
    ValidationException e = assertThrows(ValidationException.class, () -> Income.builder()
        .wages(minus).business(minus).property(minus).transfers(minus).productionCosts(minus).build());
    assertEquals(List.of("wages", "business", "property", "transfers", "productionCosts"),
        e.violations().stream().map(Violation::path).toList());
  }

  @Test
  void noIncomeIsZeroEverywhere() {
    assertEquals(Money.ZERO, Income.none().net());
    assertEquals(Money.ZERO, Income.none().gross());
  }
}

package org.jingzhun.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** {@link Village}: what it lacks unless stated, its township, and its checks. */
class VillageTest {

  private static Village.Builder village() {
    return Village.builder().code(RegionCode.of("511902101201")).name("白庙村").registeredPopulation(1);
  }

  @Test
  void aVillageIsNotPoorAndHasNoInfrastructureUnlessStated() {
    Village v = village().build();
    assertFalse(v.poorVillage());
    assertFalse(v.hardenedRoad());
    assertFalse(v.electricity());
    assertFalse(v.safeWater());
    assertFalse(v.clinic());
    assertFalse(v.broadband());
    assertEquals(Money.ZERO, v.collectiveIncome());
  }

  @Test
  void statedInfrastructureIsKept() {
    Village v = village().poorVillage(true).hardenedRoad(true).electricity(true).safeWater(true).clinic(true)
        .broadband(true).build();
    assertTrue(v.poorVillage() && v.hardenedRoad() && v.electricity() && v.safeWater() && v.clinic() && v.broadband());
  }

  @Test
  void aVillageBelongsToTheTownshipOfItsFirstNineDigits() {
    assertEquals(RegionCode.of("511902101"), village().build().township());
  }

  @Test
  void aPopulationOfOneIsEnoughAndZeroIsNot() {
    assertEquals(1, village().build().registeredPopulation());
    ValidationException e = assertThrows(ValidationException.class, () -> village().registeredPopulation(0).build());
    assertEquals(List.of(new Violation("registeredPopulation", "0", "must be at least 1")), e.violations());
  }

  @Test
  void aCodeAboveVillageLevelAndANegativeCollectiveIncomeAreEachReported() {
    ValidationException e = assertThrows(ValidationException.class, () -> village().code(RegionCode.of("511902"))
        .collectiveIncome(Money.ofYuan("-5")).build());
    assertEquals(List.of(
            new Violation("code", "511902", "must be a twelve-digit village code"),
            new Violation("collectiveIncome", "-5.00", "may not be negative")),
        e.violations());
  }
}

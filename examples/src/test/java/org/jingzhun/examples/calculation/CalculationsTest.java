package org.jingzhun.examples.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jingzhun.examples.allocation.MoneyAllocations;
import org.junit.jupiter.api.Test;

class CalculationsTest {

  @Test
  void shippedCalculationsAreFoundByName() {
    assertEquals(MoneyAllocations.CALCULATION, Calculations.shipped().find("money-allocation").orElseThrow());
    assertTrue(Calculations.shipped().find("no-such").isEmpty());
  }

  @Test
  void twoCalculationsWithOneNameAreRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> Calculations.of(List.of(MoneyAllocations.CALCULATION, MoneyAllocations.CALCULATION)));
  }

  @Test
  void aNameMustBeLowerCaseWordsJoinedByHyphens() {
    assertThrows(IllegalArgumentException.class, () -> Calculation.of("MoneyAllocation", MoneyAllocations.RULE,
        String.class, (i, s) -> i, (i, s) -> { throw new UnsupportedOperationException(); }));
  }
}

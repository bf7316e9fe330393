package org.jingzhun.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A relocation plan: at least one person moved, to a dwelling of positive floor area. */
class RelocationPlanTest {
  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void theSmallestPlanIsOnePersonToAnyPositiveArea() {
    RelocationPlan plan = RelocationPlan.of(1, new BigDecimal("0.01"));
    assertEquals(1, plan.persons());
    assertEquals(new BigDecimal("0.01"), plan.floorArea());
    assertEquals(plan, RelocationPlan.builder().persons(1).floorArea(new BigDecimal("0.01")).build());
  }

  @Test
  void noPersonAndNoAreaAreRefusedTogetherAtTheirPaths() {
    ValidationException e = assertThrows(ValidationException.class, () -> RelocationPlan.of(0, BigDecimal.ZERO));
    assertEquals(List.of("persons", "floorArea"), paths(e));
    e = assertThrows(ValidationException.class, () -> RelocationPlan.of(-1, new BigDecimal("-25")));
    assertEquals(List.of("persons", "floorArea"), paths(e));
  }
}

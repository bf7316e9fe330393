package org.jingzhun.eligibility.housing;

import org.jingzhun.core.household.RelocationPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** A relocation plan is for one person or more and a positive floor area. */
class RelocationValueChecksTest {

  @Test
  void onePersonAndTheSmallestPositiveAreaAreAPlan() {
    RelocationPlan p = RelocationPlan.builder().persons(1).floorArea(new BigDecimal("0.01")).build();
    assertEquals(1, p.persons());
  }

  @Test
  void noPersonsAndNoAreaAreEachRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> RelocationPlan.builder().persons(0).floorArea(BigDecimal.ZERO).build());
    assertEquals(List.of(new Violation("persons", "0", "must be at least 1"), new Violation("floorArea", "0", "must be positive")),
        e.violations());
  }

  @Test
  void anAssessmentNamesWhatItMisses() {
    assertEquals(List.of("maxFloorArea", "subsidy"), assertThrows(ValidationException.class,
        () -> RelocationAssessment.builder().withinAreaLimit(true).build()).violations().stream().map(Violation::path).toList());
  }
}

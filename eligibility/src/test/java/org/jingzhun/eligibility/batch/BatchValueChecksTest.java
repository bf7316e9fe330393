package org.jingzhun.eligibility.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks of {@link BatchAssignment}, {@link BatchMapping} and {@link BatchRule}. */
class BatchValueChecksTest {

  private static List<Violation> refused(Executable make) {
    return assertThrows(ValidationException.class, make).violations();
  }

  @Test
  void anAssignmentNeedsAPrimaryBatchAndADifferentSecondary() {
    assertEquals(List.of(new Violation("primary", "", "is required")), refused(() -> BatchAssignment.builder().build()));
    assertEquals(List.of(new Violation("secondary", "SOCIAL_SECURITY", "must differ from the primary batch")),
        refused(() -> BatchAssignment.builder().primary(FiveBatch.SOCIAL_SECURITY).secondary(FiveBatch.SOCIAL_SECURITY).build()));
    assertEquals(Optional.of(FiveBatch.EDUCATION),
        BatchAssignment.builder().primary(FiveBatch.SOCIAL_SECURITY).secondary(FiveBatch.EDUCATION).build().secondary());
  }

  @Test
  void aMappingNeedsAFallbackAndRules() {
    assertEquals(List.of(new Violation("fallback", "", "is required"), new Violation("rules", "", "is required")),
        refused(() -> new BatchMapping(null, null)));
  }

  @Test
  void aRowNamingBothACauseAndAnAttributeIsRefused() {
    assertEquals(List.of(new Violation("cause", "ILLNESS", "a row names either a cause or an attribute, not both")),
        refused(() -> new BatchRule(Optional.of(PovertyCause.ILLNESS), Optional.of(HouseholdAttribute.SERIOUS_ILLNESS),
            FiveBatch.SOCIAL_SECURITY, BigDecimal.ONE)));
  }
}

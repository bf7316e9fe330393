package org.jingzhun.core.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShippedPartsTest {
  private static final ClassLoader LOADER = ShippedPartsTest.class.getClassLoader();
  /** A class that is on the path here, standing for a module's provider. */
  private static final String PRESENT = ShippedPartsTest.class.getName();

  @Test
  void theListNamesTheLibrarysThreeProviders() {
    assertEquals(List.of("org.jingzhun.eligibility.policy.EligibilityPolicyResources",
        "org.jingzhun.finance.policy.FinancePolicyResources", "org.jingzhun.planning.ledger.LedgerPolicyResources"),
        ShippedParts.expected());
  }

  @Test
  void aProviderOnThePathButNotFoundAsAServiceIsRefusedByName() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ShippedParts.checkComplete(LOADER, List.of(), List.of(PRESENT)));
    assertTrue(e.getMessage().contains(PRESENT) && e.getMessage().contains("ServicesResourceTransformer"), e.getMessage());
  }

  @Test
  void aProviderFoundOrAbsentFromThePathIsFine() {
    // found as a service: complete; not on the path at all: that module is simply not used
    assertDoesNotThrow(() -> ShippedParts.checkComplete(LOADER, List.of(PRESENT), List.of(PRESENT)));
    assertDoesNotThrow(() -> ShippedParts.checkComplete(LOADER, List.of(), List.of("org.jingzhun.nowhere.NoSuchProvider")));
  }
}

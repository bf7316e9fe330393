package org.jingzhun.eligibility.columnar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.junit.jupiter.api.Test;

/**
 * The cause mask the five batches read as one word is the household's causes, one bit per cause
 * by ordinal, whether read from the household or from a row of columns: for every subset of the
 * eleven causes, both equal the mask built by asking {@code hasCause} once per cause (the
 * interface's default).
 */
class CauseMaskTest {
  private static final PovertyCause[] CAUSES = PovertyCause.values();

  @Test
  void everySubsetOfCausesReadsAsItsBits() {
    qt().forAll(integers().between(0, (1 << CAUSES.length) - 1)).checkAssert(subset -> {
      Household.Builder b = Fixtures.household("3000", 0).addMembers(Fixtures.adult("P1").build());
      for (PovertyCause c : CAUSES) {
        if ((subset & 1 << c.ordinal()) != 0) {
          b.addCauses(c);
        }
      }
      Household h = b.build();
      HouseholdFacts object = HouseholdFacts.of(h, Optional.empty());
      PopulationColumns.Builder columns = PopulationColumns.builder();
      columns.add(h);
      PopulationRow row = columns.build().cursor().at(0);
      HouseholdFacts askedPerCause = askedPerCause(object);
      assertEquals(subset, askedPerCause.causeMask());
      assertEquals(subset, object.causeMask());
      assertEquals(subset, row.causeMask());
    });
  }

  /** {@code facts} with the interface's default cause mask: one {@code hasCause} call per cause. */
  private static HouseholdFacts askedPerCause(HouseholdFacts facts) {
    return (HouseholdFacts) Proxy.newProxyInstance(HouseholdFacts.class.getClassLoader(), new Class<?>[] {HouseholdFacts.class},
        (proxy, method, args) -> method.getName().equals("causeMask")
            ? InvocationHandler.invokeDefault(proxy, method, args)
            : method.invoke(facts, args));
  }
}

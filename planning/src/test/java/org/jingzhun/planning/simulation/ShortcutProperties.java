package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.exit.HouseholdExitCase;
import org.jingzhun.planning.population.Population;
import org.junit.jupiter.api.Test;

/**
 * Each shortcut of {@link Shortcuts} agrees with the library's record-based rule: whenever it
 * says "surely", the rule applied to the household's record says the same, on households
 * generated across the poverty line in the years of a run.
 */
class ShortcutProperties {
  private static final Population POPULATION =
      GeneratedDistricts.population(GeneratedDistricts.county(3), 2000, 11);

  private static RegionRules rules(int year) {
    return new RegionRules(TestBooks.withGapsFilled(), HandDistrict.COUNTY, LocalDate.of(year, 12, 31), false,
        EntitlementRegistry.standard());
  }

  @Test
  void aHouseholdTheShortcutFindsNotPoorIsNotIdentifiedPoor() {
    qt().forAll(integers().between(0, POPULATION.size() - 1), integers().between(2016, 2020)).checkAssert((h, year) -> {
      RegionRules r = rules(year);
      Household record = POPULATION.toHousehold(h);
      if (Shortcuts.surelyNotPoor(record.netIncome().fen(), record.size(), r.identificationLine, r.deficitMultiple)) {
        assertFalse(r.identification.identify(record, Trace.off()).poor());
      }
    });
  }

  @Test
  void aHouseholdTheShortcutFindsNotExitingFailsTheExitTest() {
    qt().forAll(integers().between(0, POPULATION.size() - 1), integers().between(2016, 2020), longs().between(0, 3))
        .checkAssert((h, year, earlier) -> {
          RegionRules r = rules(year);
          Household record = POPULATION.toHousehold(h);
          if (Shortcuts.surelyNoExit(record.netIncome().fen(), record.size(), r.line, r.exitIncomeMultiple)) {
            HouseholdExitCase c = HouseholdExitCase.builder().household(record)
                .addEarlierNetIncomes(Money.ofFen(record.netIncome().fen() * earlier)).build();
            assertFalse(r.householdExit.assess(c, Trace.off()).passed());
          }
        });
  }

  @Test
  void theGeneratedHouseholdsIncludeExtremePovertyCases() {
    boolean any = false;
    for (int h = 0; h < POPULATION.size(); h++) {
      any |= POPULATION.registered(h) && POPULATION.category(h) == PovertyCategory.EXTREME_POVERTY_SUPPORT;
    }
    assertTrue(any);
  }
}

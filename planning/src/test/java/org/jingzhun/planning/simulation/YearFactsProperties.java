package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.planning.population.Population;
import org.junit.jupiter.api.Test;

/**
 * The campaign's facts of a household's year ({@link YearFacts}, read from the population's
 * columns) give every programme of the registry the same grants as the household's record of the
 * year ({@link YearRecord}, the object the rules read on the per-household path): the campaign
 * reads the population correctly, and its entitlements are the prescription's.
 */
class YearFactsProperties {
  private static final Population POPULATION =
      GeneratedDistricts.population(GeneratedDistricts.county(3), 2000, 11);
  private static final CampaignKinds KINDS = new CampaignKinds(EntitlementRegistry.standard());

  private static RegionRules rules(int year) {
    return new RegionRules(TestBooks.withGapsFilled(), HandDistrict.COUNTY, LocalDate.of(year, 12, 31), false,
        EntitlementRegistry.standard());
  }

  @Test
  void aHouseholdsYearGrantsWhatItsRecordOfTheYearIsGranted() {
    qt().forAll(integers().between(0, POPULATION.size() - 1), integers().between(2016, 2020), longs().between(0, 400_000),
        longs().between(0, 300_000)).checkAssert((h, year, loss, loan) -> {
          RegionRules r = rules(year);
          boolean extreme = POPULATION.category(h) == PovertyCategory.EXTREME_POVERTY_SUPPORT;
          YearGrants fromColumns = new YearGrants(KINDS);
          r.entitlements.grant(new YearFacts(POPULATION).at(h, loss, loan, loss / 2, loss / 2), true, extreme, fromColumns);
          Household record = YearRecord.of(POPULATION, h, loss, loan, loss / 2, loss / 2);
          YearGrants fromRecord = new YearGrants(KINDS);
          r.entitlements.grant(HouseholdFacts.of(record, Optional.empty()), true, extreme, fromRecord);
          assertArrayEquals(fromRecord.fen, fromColumns.fen, POPULATION.householdId(h) + " in " + year);
          assertEquals(fromRecord.renovated(), fromColumns.renovated());
        });
  }

  @Test
  void aHouseholdsYearFactsReadItsRecordsMembers() {
    qt().forAll(integers().between(0, POPULATION.size() - 1), longs().between(0, 300_000)).checkAssert((h, loan) -> {
      HouseholdFacts columns = new YearFacts(POPULATION).at(h, 0, loan, 0, 0);
      HouseholdFacts record = HouseholdFacts.of(YearRecord.of(POPULATION, h, 0, loan, 0, 0), Optional.empty());
      assertEquals(record.netIncomeFen(), columns.netIncomeFen());
      assertEquals(record.hasLivelihoodIncome(), columns.hasLivelihoodIncome());
      assertEquals(record.causeMask(), columns.causeMask());
      assertEquals(record.registeredExtreme(), columns.registeredExtreme());
      for (int m = 0; m < record.members(); m++) {
        assertEquals(record.severeDisability(m), columns.severeDisability(m));
        assertEquals(record.birthEpochDay(m), columns.birthEpochDay(m));
        assertEquals(record.inSchool(m), columns.inSchool(m));
        assertEquals(record.insured(m), columns.insured(m));
      }
    });
  }
}

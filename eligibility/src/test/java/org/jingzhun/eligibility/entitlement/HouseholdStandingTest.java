package org.jingzhun.eligibility.entitlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.RelocationPlan;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.Fixtures;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.prescription.PrescriptionCase;
import org.jingzhun.eligibility.prescription.PrescriptionRules;
import org.junit.jupiter.api.Test;

/**
 * A household's standing for the programmes: poor when identified poor now or registered poor and
 * not exited; extreme when identified in, or registered (not exited) in, the extreme-poverty
 * category. On 2015-12-01 the line is 2,800 a head and the dibao standard 190 a month.
 */
class HouseholdStandingTest {
  private static final LocalDate DATE = LocalDate.of(2015, 12, 1);

  private static Identification identified(Household h) {
    return PrescriptionRules.compute(PrescriptionCase.of(h), PolicyBook.shipped(), DATE).identification();
  }

  private static Household registered(String net, PovertyCategory category, RegistrationStatus status) {
    return Fixtures.household(net, 2).registration(RegistrationRecord.builder().category(category).status(status)
        .year(2014).build()).build();
  }

  private static HouseholdStanding standing(Household h) {
    return HouseholdStanding.of(h, DATE, identified(h), Optional.empty());
  }

  @Test
  void itKeepsWhatItWasMadeOf() {
    Household h = Fixtures.household("30000", 2).build();
    Identification id = identified(h);
    Optional<RelocationPlan> plan = Optional.of(RelocationPlan.of(2, new BigDecimal("50")));
    HouseholdStanding s = HouseholdStanding.of(h, DATE, id, plan);
    assertSame(h, s.household());
    assertEquals(DATE, s.date());
    assertSame(id, s.identification());
    assertEquals(plan, s.relocation());
    assertThrows(NullPointerException.class, () -> HouseholdStanding.of(h, null, id, plan));
    assertThrows(NullPointerException.class, () -> HouseholdStanding.of(h, DATE, null, plan));
    assertThrows(NullPointerException.class, () -> HouseholdStanding.of(h, DATE, id, null));
  }

  @Test
  void aHouseholdAboveTheLineAndNotRegisteredIsNeitherPoorNorExtreme() {
    // 30,000 / 2 = 15,000 a head, above 2,800
    HouseholdStanding s = standing(Fixtures.household("30000", 2).build());
    assertFalse(s.poor());
    assertFalse(s.extreme());
  }

  @Test
  void aHouseholdIdentifiedPoorIsPoorButNotExtremeWhileItCanWork() {
    // 4,000 / 2 = 2,000 a head, below 2,800; members able to work: not extreme poverty
    HouseholdStanding s = standing(Fixtures.household("4000", 2).build());
    assertTrue(s.poor());
    assertFalse(s.extreme());
  }

  @Test
  void aRegisteredHouseholdAboveTheLineIsPoorAndExtremeByItsCategory() {
    HouseholdStanding extreme = standing(registered("30000", PovertyCategory.EXTREME_POVERTY_SUPPORT, RegistrationStatus.POOR));
    assertTrue(extreme.poor());
    assertTrue(extreme.extreme());
    HouseholdStanding general = standing(registered("30000", PovertyCategory.GENERAL, RegistrationStatus.POOR));
    assertTrue(general.poor());
    assertFalse(general.extreme());
  }

  @Test
  void anExitedRegistrationMakesNoOnePoorOrExtreme() {
    HouseholdStanding s = standing(registered("30000", PovertyCategory.EXTREME_POVERTY_SUPPORT, RegistrationStatus.EXITED));
    assertFalse(s.poor());
    assertFalse(s.extreme());
  }
}

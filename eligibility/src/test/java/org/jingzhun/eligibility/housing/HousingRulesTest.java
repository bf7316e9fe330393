package org.jingzhun.eligibility.housing;

import org.jingzhun.core.household.RelocationPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class HousingRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DATE = LocalDate.of(2017, 6, 1);

  @Test
  void gradeCIsReinforcedFor20000AndGradeDRebuiltFor30000() {
    assertEquals(Optional.of(Money.ofYuan(20000)), HousingRules.renovationGrant(HousingSafetyGrade.C, BOOK, Fixtures.VILLAGE, DATE));
    assertEquals(Optional.of(Money.ofYuan(30000)), HousingRules.renovationGrant(HousingSafetyGrade.D, BOOK, Fixtures.VILLAGE, DATE));
    assertEquals(Optional.empty(), HousingRules.renovationGrant(HousingSafetyGrade.B, BOOK, Fixtures.VILLAGE, DATE));
  }

  private static final PolicyBook WITH_SUBSIDY = BOOK.withOverrides(List.of(new PolicyFile("sub.yaml", """
      parameters:
        housing.relocation.subsidy-per-person:
          values:
            "510000": [{from: 2016-09-20, value: 25000, source: {issuer: test, title: planted, confidence: UNVERIFIED}}]
      """)));

  @Test
  void exactly25SquareMetresAPersonIsWithinTheLimit() {
    // 4 × 25 = 100 m²; subsidy 4 × 25,000 = 100,000
    RelocationAssessment a = HousingRules.relocation(RelocationPlan.of(4, new BigDecimal("100")), WITH_SUBSIDY, Fixtures.VILLAGE, DATE);
    assertTrue(a.withinAreaLimit());
    assertEquals(Money.ofYuan(100000), a.subsidy());
    assertFalse(HousingRules.relocation(RelocationPlan.of(4, new BigDecimal("100.01")), WITH_SUBSIDY, Fixtures.VILLAGE, DATE).withinAreaLimit());
  }

  @Test
  void theAreaLimitHoldsFromTheWorkPlanOfNovember2015() {
    // the 十三五 work plan (发改地区〔2015〕2769号, 2015-11-29) set 25 m² a person: a relocation of
    // 2016-06-01, before the national plan of 2016-09-20, is judged by it; 3 × 25 = 75 m², 3 × 25,000
    PolicyBook book = BOOK.withOverrides(List.of(new PolicyFile("sub2015.yaml", """
        parameters:
          housing.relocation.subsidy-per-person:
            values:
              "510000": [{from: 2015-11-29, value: 25000, source: {issuer: test, title: planted, confidence: UNVERIFIED}}]
        """)));
    RelocationAssessment a = HousingRules.relocation(RelocationPlan.of(3, new BigDecimal("75")), book, Fixtures.VILLAGE,
        LocalDate.of(2016, 6, 1));
    assertTrue(a.withinAreaLimit());
    assertEquals(Money.ofYuan(75000), a.subsidy());
  }

  @Test
  void anUnshippedSubsidyNamesParameterRegionAndDate() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> HousingRules.relocation(RelocationPlan.of(4, BigDecimal.TEN), BOOK, org.jingzhun.core.region.RegionCode.of("510104"), DATE));
    // shipped for Bazhong only (an estimate): Chengdu's Jinjiang District has none
    assertTrue(e.getMessage().contains("housing.relocation.subsidy-per-person") && e.getMessage().contains("510104")
        && e.getMessage().contains("2017-06-01") && e.getMessage().contains("510104 → 510100 → 510000 → 000000"), e.getMessage());
  }

  @Test
  void planAndAssessmentRoundTripThroughJson() {
    RelocationPlan p = RelocationPlan.of(4, new BigDecimal("100.5"));
    assertEquals(p, JingzhunJson.read(JingzhunJson.write(p), RelocationPlan.class));
    RelocationAssessment a = HousingRules.relocation(p, WITH_SUBSIDY, Fixtures.VILLAGE, DATE);
    assertEquals(a, JingzhunJson.read(JingzhunJson.write(a), RelocationAssessment.class));
  }
}

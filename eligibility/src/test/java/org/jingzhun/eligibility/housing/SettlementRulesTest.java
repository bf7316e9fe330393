package org.jingzhun.eligibility.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SettlementRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final List<String> BAZHONG_AREAS = List.of("511902", "511903", "511921", "511922", "511923");

  @Test
  void eachModeHasItsSubsidyAndContributionInBazhong() {
    // bz-settlement-modes: a 70,000 house; the household pays 10,000 / 20,000 / 30,000 / 35,000
    // and the pooled funds the rest: 60,000 / 50,000 / 40,000 / 35,000
    SettlementRules r = SettlementRules.resolve(BOOK, RegionCode.of("511902"), LocalDate.of(2017, 6, 1));
    assertEquals(Money.ofYuan(60000), r.subsidy(BuildMode.GOVERNMENT_BUILT));
    assertEquals(Money.ofYuan(10000), r.contribution(BuildMode.GOVERNMENT_BUILT));
    assertEquals(Money.ofYuan(50000), r.subsidy(BuildMode.JOINTLY_BUILT));
    assertEquals(Money.ofYuan(20000), r.contribution(BuildMode.JOINTLY_BUILT));
    assertEquals(Money.ofYuan(40000), r.subsidy(BuildMode.SELF_BUILT));
    assertEquals(Money.ofYuan(30000), r.contribution(BuildMode.SELF_BUILT));
    assertEquals(Money.ofYuan(35000), r.subsidy(BuildMode.MARKET_OPERATION));
    assertEquals(Money.ofYuan(35000), r.contribution(BuildMode.MARKET_OPERATION));
    assertEquals(HousingFund.POVERTY_RELOCATION, r.drawingOrder().get(HousingFund.values().length - 1));
  }

  @Test
  void everyModeIsInForceForBazhongsFiveAreasFrom2014To2025() {
    for (String area : BAZHONG_AREAS) {
      for (int year = 2014; year <= 2025; year++) {
        for (LocalDate day : List.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
          SettlementRules r = SettlementRules.resolve(BOOK, RegionCode.of(area), day);
          for (BuildMode mode : BuildMode.values()) {
            // subsidy + contribution = the 70,000 house of the estimate, in every mode
            assertEquals(Money.ofYuan(70000), r.subsidy(mode).plus(r.contribution(mode)), area + " " + day + " " + mode);
          }
        }
      }
    }
  }

  @Test
  void aDrawingOrderThatMissesAFundIsRefusedWithTheParameterNamed() {
    PolicyBook book = BOOK.withOverrides(List.of(new PolicyFile("order.yaml", """
        parameters:
          housing.settlement.drawing-order:
            values:
              "511900": [{from: 2014-01-01, value: "LAND_LINKAGE,NO_SUCH_FUND", source: {issuer: test, title: planted, confidence: UNVERIFIED}}]
        """)));
    ValidationException e = assertThrows(ValidationException.class,
        () -> SettlementRules.resolve(book, RegionCode.of("511921"), LocalDate.of(2019, 1, 1)));
    assertTrue(e.getMessage().contains("housing.settlement.drawing-order"), e.getMessage());
    assertTrue(e.getMessage().contains("is not a pooled housing fund"), e.getMessage());
  }

  @Test
  void outsideBazhongNoModeIsInForce() {
    assertThrows(ValidationException.class, () -> SettlementRules.resolve(BOOK, RegionCode.of("510100"), LocalDate.of(2019, 1, 1)));
  }

  @Test
  void everyModeAndFundHasBothLabels() {
    for (BuildMode m : BuildMode.values()) {
      assertTrue(!m.chinese().isBlank() && !m.english().isBlank());
    }
    assertEquals("统规统建", BuildMode.GOVERNMENT_BUILT.chinese());
    assertEquals("城乡建设用地增减挂钩收益", HousingFund.LAND_LINKAGE.chinese());
  }
}

package org.jingzhun.planning.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.housing.BuildMode;
import org.jingzhun.eligibility.housing.HousingFund;
import org.jingzhun.eligibility.housing.SettlementRules;
import org.junit.jupiter.api.Test;

class SettlementFundingPlanTest {
  private static final SettlementRules BAZHOU_2017 =
      SettlementRules.resolve(PolicyBook.shipped(), RegionCode.of("511902"), LocalDate.of(2017, 6, 1));

  private static Settlement.Builder households() {
    return Settlement.builder().putHouseholds(BuildMode.GOVERNMENT_BUILT, 10).putHouseholds(BuildMode.JOINTLY_BUILT, 6)
        .putHouseholds(BuildMode.SELF_BUILT, 4).putHouseholds(BuildMode.MARKET_OPERATION, 2);
  }

  @Test
  void aSettlementOfTwentyTwoHouseholdsIsPaidInTheOrderOfDrawing() {
    // subsidies: 10 × 60,000 + 6 × 50,000 + 4 × 40,000 + 2 × 35,000 = 600,000 + 300,000 + 160,000 + 70,000 = 1,130,000
    // contributions: 10 × 10,000 + 6 × 20,000 + 4 × 30,000 + 2 × 35,000 = 100,000 + 120,000 + 120,000 + 70,000 = 410,000
    // drawing: hazard 150,000 (980,000 still due), ecological none, seismic 80,000.50 (899,999.50),
    // dilapidated 300,000 (599,999.50), old village 100,000 (499,999.50), new village 200,000 (299,999.50),
    // land consolidation 50,000 (249,999.50), land linkage 249,999.50 of 400,000 (150,000.50 left),
    // poverty relocation nothing (500,000 left)
    Settlement s = households().putAvailable(HousingFund.GEOLOGICAL_HAZARD_RELOCATION, Money.ofYuan(150000))
        .putAvailable(HousingFund.SEISMIC_RETROFIT, Money.ofFen(8_000_050))
        .putAvailable(HousingFund.DILAPIDATED_RENOVATION, Money.ofYuan(300000))
        .putAvailable(HousingFund.OLD_VILLAGE_RENEWAL, Money.ofYuan(100000))
        .putAvailable(HousingFund.NEW_VILLAGE_INFRASTRUCTURE, Money.ofYuan(200000))
        .putAvailable(HousingFund.LAND_CONSOLIDATION, Money.ofYuan(50000))
        .putAvailable(HousingFund.LAND_LINKAGE, Money.ofYuan(400000))
        .putAvailable(HousingFund.POVERTY_RELOCATION, Money.ofYuan(500000)).build();
    SettlementFundingPlan plan = SettlementFundingPlan.draw(s, BAZHOU_2017);
    assertEquals(Money.ofYuan(1130000), plan.subsidies());
    assertEquals(Money.ofYuan(410000), plan.contributions());
    assertEquals(Money.ofYuan(160000), plan.subsidyByMode().get(BuildMode.SELF_BUILT));
    assertEquals(Money.ofYuan(120000), plan.contributionByMode().get(BuildMode.JOINTLY_BUILT));
    assertEquals(Money.ofYuan(150000), plan.paidByFund().get(HousingFund.GEOLOGICAL_HAZARD_RELOCATION));
    assertEquals(Money.ZERO, plan.paidByFund().get(HousingFund.ECOLOGICAL_RELOCATION));
    assertEquals(Money.ofFen(8_000_050), plan.paidByFund().get(HousingFund.SEISMIC_RETROFIT));
    assertEquals(Money.ofFen(24_999_950), plan.paidByFund().get(HousingFund.LAND_LINKAGE));
    assertEquals(Money.ofFen(15_000_050), plan.leftByFund().get(HousingFund.LAND_LINKAGE));
    assertEquals(Money.ZERO, plan.paidByFund().get(HousingFund.POVERTY_RELOCATION));
    assertEquals(Money.ofYuan(500000), plan.leftByFund().get(HousingFund.POVERTY_RELOCATION));
    assertEquals(HousingFund.GEOLOGICAL_HAZARD_RELOCATION, plan.drawingOrder().get(0));
    assertEquals(HousingFund.values().length, plan.paidByFund().size());
  }

  @Test
  void aSettlementTheFundsCannotCoverIsRefusedWithItsShortfall() {
    // subsidies 1,130,000 (above); only 1,000,000 of poverty relocation funds: short by 130,000
    Settlement s = households().putAvailable(HousingFund.POVERTY_RELOCATION, Money.ofYuan(1000000)).build();
    ValidationException e = assertThrows(ValidationException.class, () -> SettlementFundingPlan.draw(s, BAZHOU_2017));
    assertTrue(e.getMessage().contains("available"), e.getMessage());
    assertTrue(e.getMessage().contains(Money.ofYuan(130000).toString()), e.getMessage());
    assertTrue(e.getMessage().contains("缺口"), e.getMessage());
  }

  @Test
  void aNegativeCountOrAmountIsRefusedAtItsPath() {
    ValidationException e = assertThrows(ValidationException.class, () -> Settlement.builder()
        .putHouseholds(BuildMode.SELF_BUILT, -1).putAvailable(HousingFund.LAND_LINKAGE, Money.ofFen(-1)).build());
    assertTrue(e.getMessage().contains("households.SELF_BUILT"), e.getMessage());
    assertTrue(e.getMessage().contains("available.LAND_LINKAGE"), e.getMessage());
  }

  @Test
  void thePartsAddUpToTheWholeAndNoFundPaysMoreThanItHas() {
    qt().forAll(lists().of(integers().between(0, 60)).ofSize(BuildMode.values().length),
        lists().of(longs().between(0, 300_000_000L)).ofSize(HousingFund.values().length)).checkAssert((counts, amounts) -> {
          Settlement.Builder b = Settlement.builder();
          long held = 0;
          for (BuildMode m : BuildMode.values()) {
            b.putHouseholds(m, counts.get(m.ordinal()));
          }
          for (HousingFund f : HousingFund.values()) {
            b.putAvailable(f, Money.ofFen(amounts.get(f.ordinal())));
            held += amounts.get(f.ordinal());
          }
          Settlement s = b.build();
          long owed = 0;
          for (BuildMode m : BuildMode.values()) {
            owed += counts.get(m.ordinal()) * BAZHOU_2017.subsidy(m).fen();
          }
          if (held < owed) {
            assertThrows(ValidationException.class, () -> SettlementFundingPlan.draw(s, BAZHOU_2017));
            return;
          }
          SettlementFundingPlan plan = SettlementFundingPlan.draw(s, BAZHOU_2017);
          long paid = 0;
          for (HousingFund f : HousingFund.values()) {
            long p = plan.paidByFund().get(f).fen();
            long left = plan.leftByFund().get(f).fen();
            assertTrue(p >= 0 && left >= 0, f + " paid " + p + " left " + left);
            assertEquals(amounts.get(f.ordinal()).longValue(), p + left, f.name());
            paid += p;
          }
          assertEquals(owed, paid);
          assertEquals(owed, plan.subsidies().fen());
          long byMode = plan.subsidyByMode().values().stream().mapToLong(Money::fen).sum();
          assertEquals(owed, byMode);
        });
  }
}

package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.exit.ExitCriterion;
import org.jingzhun.planning.allocation.Grant;
import org.junit.jupiter.api.Test;

/**
 * The hand-made district of {@link HandDistrict}, 2019–2020, no growth and no shocks, worked out
 * by hand from the rules.
 *
 * <p>Rules on 2019-12-31 for Bazhou: poverty line 3,218 (a household of two exits above 6,436);
 * identification line the 2018 line, 3,100 (test value); dibao standard 350 a month (two
 * persons: 700 a month, 8,400 a year), gap = standard × members − net ÷ 12 (half-up, fen);
 * extreme-poverty support 1.3 × 350 = 455 a month; D renovation grant 30,000; households must
 * have safe water, villages a road, clinic and broadband and some collective income; incidence
 * below 3 %. On 2020-12-31: line 4,000 (two persons exit above 8,000), identification line
 * 3,218, dibao 400 a month (test value: 800 a month, 9,600 a year for two), support 520.
 *
 * <p>2019: A: 7,000 ÷ 12 = 583.33, gap 700 − 583.33 = 116.67 a month = 1,400.04 a year; income
 * after transfers 8,400.04 &gt; 6,436: exit. B: 9,000 ≥ 8,400, no dibao; D dwelling: grant
 * 30,000, now safe; 9,000 &gt; 6,436: exit. C: 10,000, no dibao, but a member uninsured: stays.
 * E: 6,600 ÷ 12 = 550, gap 150 a month = 1,800; 8,400 &gt; 6,436: exit. G: support 455 × 12 =
 * 5,460 &gt; 3,218: exit (social-security batch). I: 9,000: exit. F (not registered): 6,000 &lt;
 * 2 × 3,100 = 6,200: new poor, category dibao (6,000 &lt; 8,400). Exits: 4 + 3 + 3 + 1 + 2 = 13
 * households, 8 + 6 + 6 + 1 + 4 = 25 persons; production and employment 12, social security 1.
 * Poor at the end: C (V1) and F (V2), 4 households, 8 persons. V1: 4 ÷ 100 = 4 % and no road;
 * V2: 4 %: neither exits. County: 8 ÷ 250 = 3.2 %: fails on incidence only. Dibao 4 × 1,400.04
 * + 3 × 1,800 + 5,460 = 16,460.16; housing 3 × 30,000 = 90,000; projects 120,000 (P1 from S1).
 *
 * <p>2020: P1's effects begin (one year after its first): V1 has a road and a clinic; every
 * registered household of V1 (A, B, C) is insured. Registered households keep dibao after exit
 * (脱贫不脱政策): A 7,000: gap 800 − 583.33 = 216.67 = 2,600.04 each; B 9,000 &lt; 9,600: gap
 * 800 − 750 = 50 = 600 each; C 10,000: none; E 6,600: gap 250 = 3,000 each; F 6,000: gap 300 =
 * 3,600 each; G 520 × 12 = 6,240; I 9,000: 600 each. Dibao 10,400.16 + 1,800 + 9,000 + 7,200 +
 * 6,240 + 1,200 = 35,840.16. C exits (10,000 &gt; 8,000, now insured), F exits (9,600 &gt; 8,000):
 * 4 households, 8 persons, all production and employment. No poor remain: V1 and V2 delisted;
 * the county passes (0 %), its exit year 2020.
 */
class HandWorkedCampaignTest {
  private final CampaignResult result = CampaignSimulation.run(HandDistrict.scenario().build());
  private final YearResult y2019 = result.year(2019).orElseThrow();
  private final YearResult y2020 = result.year(2020).orElseThrow();

  @Test
  void theRoadAndClinicProjectIsFundedFromThePooledSource() {
    assertEquals(List.of("P1"), result.allocation().chosenProjectIds());
    assertEquals(List.of(Grant.of("S1", "P1", 2019, Money.ofYuan(120_000))), result.allocation().grants());
  }

  @Test
  void thirteenHouseholdsOfTwentyFivePersonsExitIn2019() {
    assertEquals(13, y2019.exitedHouseholds());
    assertEquals(25, y2019.exitedPersons());
    assertEquals(12, y2019.exitsByBatch().get(FiveBatch.PRODUCTION_AND_EMPLOYMENT));
    assertEquals(1, y2019.exitsByBatch().get(FiveBatch.SOCIAL_SECURITY));
  }

  @Test
  void theTwoLowIncomeHouseholdsOfVillageTwoAreNewPoorIn2019() {
    assertEquals(2, y2019.newPoorHouseholds());
    assertEquals(4, y2019.newPoorPersons());
    assertEquals(0, y2019.returningHouseholds());
  }

  @Test
  void fourHouseholdsOfEightPersonsRemainPoorAtTheEndOf2019() {
    assertEquals(4, y2019.poorHouseholds());
    assertEquals(8, y2019.poorPersons());
    VillageYear v1 = y2019.villages().get(0);
    assertEquals(4, v1.poorPersons());
    assertEquals(new java.math.BigDecimal("0.0400"), v1.incidence()); // 4 ÷ 100
    assertFalse(v1.delisted());
    assertFalse(y2019.villages().get(1).delisted());
    assertEquals(0, y2019.villagesDelisted());
  }

  @Test
  void theCountyFailsOnIncidenceAloneIn2019() {
    // 8 ÷ 250 = 3.2 % is not below 3 %
    assertFalse(y2019.county().passed());
    assertEquals(List.of(ExitCriterion.INCIDENCE), y2019.county().failed());
    assertEquals(new java.math.BigDecimal("0.0320"), y2019.county().incidence());
    assertEquals(Optional.empty(), y2019.county().exitYear());
  }

  @Test
  void spendingIn2019IsDibaoHousingAndTheProject() {
    // dibao 4 × 1,400.04 + 3 × 1,800 + 5,460; housing 3 × 30,000; projects 120,000
    assertEquals(Money.ofYuan("16460.16"), y2019.spendingByProgramme().get(Programme.DIBAO));
    assertEquals(Money.ofYuan(90_000), y2019.spendingByProgramme().get(Programme.HOUSING));
    assertEquals(Money.ofYuan(120_000), y2019.spendingByProgramme().get(Programme.PROJECTS));
    assertEquals(Money.ZERO, y2019.spendingByProgramme().get(Programme.MEDICAL));
    assertEquals(Money.ZERO, y2019.spendingByProgramme().get(Programme.EDUCATION));
    assertEquals(Money.ofYuan(120_000), y2019.spendingBySource().get("S1"));
    assertFalse(y2019.spendingByProgramme().containsKey(Programme.LOAN_INTEREST_SUBSIDY));
  }

  @Test
  void theLastFourPoorHouseholdsExitIn2020AndBothPoorVillagesAreDelisted() {
    assertEquals(4, y2020.exitedHouseholds());
    assertEquals(8, y2020.exitedPersons());
    assertEquals(4, y2020.exitsByBatch().get(FiveBatch.PRODUCTION_AND_EMPLOYMENT));
    assertEquals(0, y2020.poorPersons());
    assertEquals(2, y2020.villagesDelistedThisYear());
    assertEquals(2, y2020.villagesDelisted());
    assertTrue(y2020.villages().get(0).delistedThisYear());
    assertFalse(y2020.villages().get(2).delisted()); // V3 is not a poor village
  }

  @Test
  void theCountyExitsIn2020() {
    assertTrue(y2020.county().passed());
    assertEquals(Optional.of(2020), y2020.county().exitYear());
  }

  @Test
  void registeredHouseholdsKeepDibaoAfterExitIn2020() {
    // 10,400.16 + 1,800 + 9,000 + 7,200 + 6,240 + 1,200
    assertEquals(Money.ofYuan("35840.16"), y2020.spendingByProgramme().get(Programme.DIBAO));
    assertEquals(Money.ZERO, y2020.spendingByProgramme().get(Programme.PROJECTS));
    assertEquals(Money.ZERO, y2020.spendingByProgramme().get(Programme.HOUSING));
  }

  @Test
  void theRunSaysLoansAreNotSimulated() {
    assertEquals(1, result.notes().size());
    assertTrue(result.notes().get(0).contains("microcredit"));
  }
}

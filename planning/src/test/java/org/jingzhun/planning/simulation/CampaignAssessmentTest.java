package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.planning.assessment.AssessmentRollUp;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The campaign's yearly assessment roll-ups (绩效分评) on a small generated district: 2,000
 * households in six villages of one township, 2015–2016, run once with the assessment asked for
 * and once without.
 */
class CampaignAssessmentTest {
  private static final Scenario SCENARIO = GeneratedDistricts.scenario(6, 2_000, 11)
      .plan(GeneratedDistricts.plan(GeneratedDistricts.county(6), 2015, 2016)).build();

  /** Asks for the assessment and nothing else. */
  private static final ProgressListener ASSESSING = new ProgressListener() {
    @Override
    public void yearCompleted(YearResult result, int yearsDone, int yearsTotal) {}

    @Override
    public boolean wantsAssessment() {
      return true;
    }
  };

  private static final CampaignResult ASSESSED = CampaignSimulation.run(SCENARIO, ASSESSING, 2);

  private static List<AssessmentRollUp> at(YearResult year, RegionLevel level) {
    return year.assessment().stream().filter(r -> r.area().level() == level).toList();
  }

  private static long sum(List<AssessmentRollUp> rollUps, ToLongFunction<AssessmentRollUp> figure) {
    return rollUps.stream().mapToLong(figure).sum();
  }

  @Test
  void theAssessedHouseholdsAreThosePoorAtTheStartOfEachYear() {
    Population start = SCENARIO.population();
    long poorAtStart = 0;
    for (int h = 0; h < start.size(); h++) {
      poorAtStart += start.registeredPoor(h) ? 1 : 0;
    }
    assertEquals(2, ASSESSED.years().size());
    assertTrue(poorAtStart > 0, "the generated district has registered poor households");
    for (YearResult year : ASSESSED.years()) {
      // each household registered poor at the year's start is assessed once, and lies in exactly
      // one village and one township: both levels add up to that count
      assertEquals(poorAtStart, sum(at(year, RegionLevel.VILLAGE), AssessmentRollUp::households), "villages " + year.year());
      assertEquals(poorAtStart, sum(at(year, RegionLevel.TOWNSHIP), AssessmentRollUp::households), "township " + year.year());
      // the poor at the start of the next year are those poor at this year's end
      poorAtStart = year.poorHouseholds();
    }
  }

  @Test
  void householdsOutAreTheYearsExits() {
    for (YearResult year : ASSESSED.years()) {
      // a household's "out" is the pass of the same exit test that counts its exit, and only
      // households poor at the start take that test: the counts agree, in total and by village
      assertEquals(year.exitedHouseholds(), sum(at(year, RegionLevel.TOWNSHIP), AssessmentRollUp::out), "exits " + year.year());
      Map<RegionCode, Long> outByVillage = at(year, RegionLevel.VILLAGE).stream()
          .collect(Collectors.toMap(AssessmentRollUp::area, AssessmentRollUp::out));
      for (VillageYear v : year.villages()) {
        assertEquals(v.exitedHouseholds(), outByVillage.getOrDefault(v.village(), 0L), v.village() + " in " + year.year());
      }
    }
  }

  @Test
  void theTownshipIsItsVillagesAddedUp() {
    for (YearResult year : ASSESSED.years()) {
      List<AssessmentRollUp> villages = at(year, RegionLevel.VILLAGE);
      AssessmentRollUp township = at(year, RegionLevel.TOWNSHIP).get(0);
      // all six villages are in one township, so its roll-up is theirs summed, figure by figure
      assertEquals(1, at(year, RegionLevel.TOWNSHIP).size());
      assertEquals(sum(villages, AssessmentRollUp::out), township.out());
      assertEquals(sum(villages, AssessmentRollUp::guaranteesMet), township.guaranteesMet());
      assertEquals(sum(villages, AssessmentRollUp::measuresPrescribed), township.measuresPrescribed());
      assertEquals(sum(villages, AssessmentRollUp::measuresDelivered), township.measuresDelivered());
      assertEquals(sum(villages, AssessmentRollUp::labourers), township.labourers());
      assertEquals(sum(villages, AssessmentRollUp::skilledLabourers), township.skilledLabourers());
      assertEquals(Money.sum(villages.stream().map(AssessmentRollUp::netIncomeBefore).toList()), township.netIncomeBefore());
      assertEquals(Money.sum(villages.stream().map(AssessmentRollUp::netIncomeAfter).toList()), township.netIncomeAfter());
      // the campaign pays every entitlement its rules grant in the year they are granted, so every
      // prescribed measure is delivered; some are prescribed (the poor get dibao, aid, subsidies)
      assertEquals(township.measuresPrescribed(), township.measuresDelivered());
      assertTrue(township.measuresPrescribed() > 0);
      assertTrue(township.skilledLabourers() <= township.labourers());
      // a household out met every criterion, the guarantees among them
      assertTrue(township.out() <= township.guaranteesMet());
    }
  }

  @Test
  void askingForTheAssessmentChangesNothingElse() {
    CampaignResult plain = CampaignSimulation.run(SCENARIO, ProgressListener.none(), 2);
    // without the opt-in the roll-ups are empty; with it the exit test also runs for households
    // the shortcut skips, which surely fail it, so every other figure is the same
    plain.years().forEach(y -> assertTrue(y.assessment().isEmpty()));
    CampaignResult assessedWithoutRollUps = CampaignResult.builder().from(ASSESSED)
        .years(ASSESSED.years().stream().map(y -> YearResult.builder().from(y).assessment(List.of()).build()).toList())
        .build();
    assertEquals(JingzhunJson.write(plain), JingzhunJson.write(assessedWithoutRollUps));
  }
}

package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Each village's figures of a year add up to the county's, and each household's transfers add up
 * to the household programmes' spending, to the fen, over generated small districts with shocks,
 * whatever the number of threads.
 */
class VillageFiguresProperties {
  private static final List<Programme> HOUSEHOLD_PROGRAMMES =
      List.of(Programme.DIBAO, Programme.MEDICAL, Programme.EDUCATION, Programme.HOUSING, Programme.OTHER_ENTITLEMENTS);

  @Test
  void villagesAddUpToTheCountyAndTransfersToTheHouseholdProgrammes() {
    qt().withExamples(8).forAll(longs().between(1, 1_000_000), integers().between(1, 4)).checkAssert((seed, villages) -> {
      Scenario s = GeneratedDistricts.scenario(villages, 400, seed).build();
      Map<Integer, Long> transfers = new HashMap<>();
      CampaignResult r = CampaignSimulation.run(s, new ProgressListener() {
        @Override
        public void yearCompleted(YearResult result, int done, int total) {}

        @Override
        public void householdTransfers(int year, HouseholdTransfers t) {
          long sum = 0;
          for (int h = 0; h < t.size(); h++) {
            sum += t.transfersFen(h);
          }
          transfers.put(year, sum);
        }
      }, 2);
      for (YearResult y : r.years()) {
        assertEquals(y.newPoorHouseholds(), y.villages().stream().mapToLong(VillageYear::newPoorHouseholds).sum());
        assertEquals(y.newPoorPersons(), y.villages().stream().mapToLong(VillageYear::newPoorPersons).sum());
        assertEquals(y.returningPersons(), y.villages().stream().mapToLong(VillageYear::returningPersons).sum());
        assertEquals(y.exitedHouseholds(), y.villages().stream().mapToLong(VillageYear::exitedHouseholds).sum());
        assertEquals(y.exitedPersons(), y.villages().stream().mapToLong(VillageYear::exitedPersons).sum());
        long paid = 0;
        for (Programme p : HOUSEHOLD_PROGRAMMES) {
          Money county = y.spendingByProgramme().get(p);
          Money villagesTotal = Money.sum(y.villages().stream().map(v -> v.spendingByProgramme().get(p)).toList());
          assertEquals(county, villagesTotal, p + " in " + y.year());
          paid += county.fen();
        }
        assertEquals(paid, transfers.get(y.year()), "transfers in " + y.year());
        // the kinds add up to the programmes that grant them (all but the medical cascade's payers)
        assertEquals(paid - y.spendingByProgramme().get(Programme.MEDICAL).fen(), Money.sum(y.spendingByKind().values()).fen());
        for (VillageYear v : y.villages()) {
          // the poor are registered, and dibao recipients are registered households
          assertEquals(true, v.registeredHouseholds() >= v.poorHouseholds(), v.village() + " registered");
          assertEquals(true, v.registeredHouseholds() >= v.dibaoHouseholds(), v.village() + " dibao");
        }
      }
    });
  }
}

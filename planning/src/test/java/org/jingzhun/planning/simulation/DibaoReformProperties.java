package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.planning.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A reform raising the rural dibao standard by 10 % never lowers dibao spending in any year and
 * never lowers any household's income after transfers in any year, on the same population and
 * seed, over generated small districts with shocks.
 */
class DibaoReformProperties {
  private static final PolicyBook REFORM = TestBooks.withGapsFilled().reform("dibao +10%")
      .scale(DibaoRules.STANDARD, new BigDecimal("1.10"), LocalDate.of(2016, 1, 1), RoundingMode.HALF_UP).build();

  private static Map<Integer, long[]> incomes(Scenario s, Map<Integer, Money> dibao) {
    Map<Integer, long[]> out = new HashMap<>();
    CampaignResult r = CampaignSimulation.run(s, new ProgressListener() {
      @Override
      public void yearCompleted(YearResult result, int done, int total) {
        dibao.put(result.year(), result.spendingByProgramme().get(Programme.DIBAO));
      }

      @Override
      public void householdIncomes(int year, HouseholdIncomes incomes) {
        long[] fen = new long[incomes.size()];
        for (int h = 0; h < fen.length; h++) {
          fen[h] = incomes.incomeAfterTransfers(h).fen();
        }
        out.put(year, fen);
      }
    }, 1);
    assertFalse(r.years().isEmpty());
    return out;
  }

  @Test
  void raisingTheDibaoStandardNeverLowersDibaoSpendingOrAnyHouseholdsIncome() {
    qt().withExamples(12).forAll(longs().between(1, 1_000_000), integers().between(2, 5)).checkAssert((seed, villages) -> {
      Scenario baseline = GeneratedDistricts.scenario(villages, 300, seed).build();
      Scenario reform = Scenario.builder().from(baseline).book(REFORM).build();
      Map<Integer, Money> baseDibao = new HashMap<>();
      Map<Integer, Money> reformDibao = new HashMap<>();
      Map<Integer, long[]> base = incomes(baseline, baseDibao);
      Map<Integer, long[]> ref = incomes(reform, reformDibao);
      for (int year : baseline.plan().years()) {
        assertFalse(reformDibao.get(year).isLessThan(baseDibao.get(year)), "dibao spending fell in " + year);
        for (int h = 0; h < base.get(year).length; h++) {
          assertFalse(ref.get(year)[h] < base.get(year)[h], "household " + h + "'s income fell in " + year);
        }
      }
    });
  }
}

package org.jingzhun.planning.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.simulation.Programme;
import org.jingzhun.planning.simulation.SimulationFixtures;
import org.junit.jupiter.api.Test;

class ScenarioComparisonTest {
  private final Scenario baseline = SimulationFixtures.handScenario().build();

  /**
   * Dibao +10 % from 2016 on the hand-made district: 2019's standard 350 → 385 a month (770 for
   * two). A: 7,000 ÷ 12 = 583.33, gap 186.67 = 2,240.04 each; B: 9,000 &lt; 9,240: gap 770 − 750
   * = 20 = 240 each; E: 6,600: gap 220 = 2,640 each; G: 385 × 1.3 = 500.50 = 6,006; I: 240 each;
   * C: 10,000 ≥ 9,240: none. B and I now get dibao in 2019 because they are still registered
   * poor (they exit that year, as before). Dibao 2019 = 8,960.16 + 720 + 7,920 + 6,006 + 480 =
   * 24,086.16, up 7,626 from 16,460.16.
   */
  @Test
  void raisingTheDibaoStandardTenPercentRaises2019DibaoBySevenThousandSixHundredTwentySix() {
    Scenario reform = Scenario.builder().from(baseline).book(baseline.book().reform("dibao +10%")
        .scale(DibaoRules.STANDARD, new BigDecimal("1.10"), LocalDate.of(2016, 1, 1), RoundingMode.HALF_UP).build()).build();
    ComparisonResult c = ScenarioComparison.compare(baseline, reform);
    MoneyDifference dibao = c.years().get(0).spendingByProgramme().get(Programme.DIBAO);
    assertEquals(Money.ofYuan("16460.16"), dibao.baseline());
    assertEquals(Money.ofYuan("24086.16"), dibao.reform());
    assertEquals(Money.ofYuan("7626.00"), dibao.change());
    assertEquals(0, c.years().get(0).poorPersons().change());
    assertEquals(3, c.years().get(0).villages().size());
  }

  @Test
  void theCallersExecutorGivesTheSameComparison() {
    Scenario reform = Scenario.builder().from(baseline).book(baseline.book().reform("dibao +10%")
        .scale(DibaoRules.STANDARD, new BigDecimal("1.10"), LocalDate.of(2016, 1, 1), RoundingMode.HALF_UP).build()).build();
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      assertEquals(ScenarioComparison.compare(baseline, reform), ScenarioComparison.compare(baseline, reform, single));
    } finally {
      single.shutdown();
    }
  }

  @Test
  void aComparisonRoundTripsThroughJson() {
    ComparisonResult c = ScenarioComparison.compare(baseline, baseline);
    assertEquals(c, JingzhunJson.read(JingzhunJson.write(c), ComparisonResult.class));
  }

  @Test
  void aReformOfOtherYearsIsRejected() {
    Scenario other = Scenario.builder().from(baseline).plan(Plan.builder().from(baseline.plan()).lastYear(2021).build()).build();
    assertThrows(ValidationException.class, () -> ScenarioComparison.compare(baseline, other));
  }
}

package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jingzhun.planning.target.TargetCheck;
import org.jingzhun.planning.target.TargetComparison;
import org.jingzhun.planning.target.TargetMeasure;
import org.jingzhun.planning.target.TargetReport;
import org.jingzhun.planning.target.Targets;
import org.jingzhun.planning.target.YearTarget;
import org.junit.jupiter.api.Test;

class CampaignTargetsTest {
  private static final Targets TARGETS = Targets.builder().firstYear(2019).lastYear(2020)
      .addYears(YearTarget.builder().year(2019).putLevels(TargetMeasure.VILLAGES_DELISTED, 2L)
          .putLevels(TargetMeasure.PERSONS_LIFTED_OUT, 25L).build())
      .addYears(YearTarget.builder().year(2020).putLevels(TargetMeasure.POOR_PERSONS_REMAINING, 0L).build())
      .build();

  /**
   * The hand-made district (see {@link HandWorkedCampaignTest}): 2019 delists no village (target
   * 2: short by 2) and lifts out 25 persons (target 25: met); 2020 leaves no poor (target 0: met).
   */
  @Test
  void theRunReportsTheVillagesItFellShortOf() {
    CampaignResult r = CampaignSimulation.run(HandDistrict.scenario().targets(TARGETS).build());
    TargetReport report = r.targets().orElseThrow();
    assertEquals(List.of(TargetCheck.of(2019, TargetMeasure.VILLAGES_DELISTED, 2, 0)), report.shortfalls());
    assertEquals(3, report.checks().size());
    assertEquals(report, TargetComparison.compute(TARGETS, r.yearFigures()));
  }
}

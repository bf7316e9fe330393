package org.jingzhun.planning.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Area;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.allocation.AllocationProblem;
import org.jingzhun.planning.allocation.ExactAllocator;
import org.jingzhun.planning.allocation.GreedyAllocator;
import org.jingzhun.planning.allocation.Objective;
import org.jingzhun.planning.allocation.VillageSummary;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Guarantee;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;
import org.jingzhun.planning.target.TargetComparison;
import org.jingzhun.planning.target.TargetMeasure;
import org.jingzhun.planning.target.TargetReport;
import org.jingzhun.planning.target.Targets;
import org.jingzhun.planning.target.YearFigures;
import org.jingzhun.planning.target.YearTarget;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {
  static final RegionCode V1 = RegionCode.of("511902101201");
  static final RegionCode V2 = RegionCode.of("511902102201");

  static Project project() {
    return Project.builder().id("WATER-3").name("集中供水工程").type(ProjectType.WATER)
        .putAllCostByYear(Project.totalCostOver(Money.ofYuan("100000.01"), 2017, 2018))
        .addSites(ProjectSite.wholeVillage(V1))
        .addSites(ProjectSite.builder().village(V2).addHouseholds("H7", "H9").persons(7).build())
        .effects(ProjectEffects.builder().incomeUpliftPerHousehold(Money.ofYuan(300))
            .addGuarantees(Guarantee.WATER, Guarantee.HEALTH).basis("2016 feasibility study").build())
        .build();
  }

  static FundingSource source() {
    return FundingSource.builder().id("S1").name("财政专项扶贫资金").putAmountByYear(2017, Money.ofYuan(80_000))
        .putAmountByYear(2018, Money.ofYuan(90_000)).addEarmarks(ProjectType.WATER, ProjectType.ROAD).build();
  }

  static Plan plan() {
    return Plan.builder().id("bazhou-2017").name("巴州区脱贫攻坚规划").firstYear(2017).lastYear(2018)
        .library(ProjectLibrary.builder()
            .addVillages(Village.builder().code(V1).name("一村").registeredPopulation(900).poorVillage(true).build(),
                Village.builder().code(V2).name("二村").registeredPopulation(700).build())
            .addAreas(Area.builder().id("A1").name("东片区")
                .addTownships(RegionCode.of("511902101"), RegionCode.of("511902102")).build())
            .addProjects(project()).build())
        .addSources(source(), FundingSource.builder().id("S2").name("统筹整合资金").pooled(true)
            .putAmountByYear(2018, Money.ofYuan(5_000)).build())
        .build();
  }

  static AllocationProblem problem() {
    return AllocationProblem.builder().plan(plan()).objective(Objective.POOR_PERSONS_SERVED)
        .addSummaries(summary(V1, 60, 20), summary(V2, 30, 9)).build();
  }

  private static VillageSummary summary(RegionCode v, int poor, int households) {
    return VillageSummary.builder().village(v).poorPersons(poor).poorHouseholds(households)
        .incomeGap(Money.ofYuan(households * 1_000L)).registeredPopulation(700)
        .exitThreshold(org.jingzhun.core.money.Share.parse("3%")).build();
  }

  private static <T> void roundTrips(T value, Class<T> type) {
    String json = JingzhunJson.write(value);
    assertEquals(value, JingzhunJson.read(json, type), json);
  }

  @Test
  void projectRoundTrips() {
    roundTrips(project(), Project.class);
  }

  @Test
  void sourceRoundTrips() {
    roundTrips(source(), FundingSource.class);
  }

  @Test
  void planRoundTrips() {
    roundTrips(plan(), Plan.class);
  }

  @Test
  void problemRoundTrips() {
    roundTrips(problem(), AllocationProblem.class);
  }

  @Test
  void greedyAllocationRoundTrips() {
    Allocation a = GreedyAllocator.compute(problem());
    System.out.println(JingzhunJson.write(a));
    roundTrips(a, Allocation.class);
  }

  @Test
  void exactAllocationRoundTrips() {
    roundTrips(ExactAllocator.compute(problem()), Allocation.class);
  }

  @Test
  void targetsAndReportRoundTrip() {
    Targets targets = Targets.builder().firstYear(2017).lastYear(2017)
        .addYears(YearTarget.builder().year(2017).putLevels(TargetMeasure.VILLAGES_DELISTED, 42L).build()).build();
    roundTrips(targets, Targets.class);
    TargetReport report = TargetComparison.compute(targets,
        List.of(YearFigures.builder().year(2017).putFigures(TargetMeasure.VILLAGES_DELISTED, 40L).build()));
    roundTrips(report, TargetReport.class);
  }
}

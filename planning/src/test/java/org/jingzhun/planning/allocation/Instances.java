package org.jingzhun.planning.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;

/** Small allocation problems for tests: hand-made ones and ones generated from a seed. */
final class Instances {
  static final RegionCode V1 = RegionCode.of("511902101201");
  static final RegionCode V2 = RegionCode.of("511902101202");
  static final RegionCode V3 = RegionCode.of("511902102201");
  static final RegionCode V4 = RegionCode.of("511902102202");
  static final List<RegionCode> VILLAGES = List.of(V1, V2, V3, V4);
  static final Share WEST = Share.parse("0.03");
  private static final ProjectType[] TYPES = {ProjectType.ROAD, ProjectType.WATER, ProjectType.INDUSTRY, ProjectType.TRAINING};

  private Instances() {}

  static Village village(RegionCode code, int population) {
    return Village.builder().code(code).name("村" + code.toString().substring(9)).registeredPopulation(population).build();
  }

  static Project project(String id, ProjectType type, Money cost, int year, long upliftYuan, ProjectSite... sites) {
    return Project.builder().id(id).name(id).type(type).putCostByYear(year, cost).addSites(sites)
        .effects(ProjectEffects.incomeUplift(Money.ofYuan(upliftYuan))).build();
  }

  static FundingSource earmarked(String id, ProjectType type, int year, long yuan) {
    return FundingSource.builder().id(id).name(id).putAmountByYear(year, Money.ofYuan(yuan)).addEarmarks(type).build();
  }

  static FundingSource pooled(String id, int year, long yuan) {
    return FundingSource.builder().id(id).name(id).putAmountByYear(year, Money.ofYuan(yuan)).pooled(true).build();
  }

  /**
   * The hand-worked problem: V1 (population 1,000; 100 poor in 30 households; gap 90,000
   * yuan) and V2 (500; 40 poor in 12 households; gap 24,000); three projects in 2018 and a
   * road fund of 200,000 plus a pooled fund of 250,000.
   */
  static AllocationProblem handWorked(Objective objective) {
    ProjectLibrary library = ProjectLibrary.builder()
        .addVillages(village(V1, 1000), village(V2, 500))
        .addProjects(
            project("ROAD-1", ProjectType.ROAD, Money.ofYuan(300_000), 2018, 1_500, ProjectSite.wholeVillage(V1)),
            project("IND-1", ProjectType.INDUSTRY, Money.ofYuan(100_000), 2018, 2_000, ProjectSite.wholeVillage(V2)),
            project("IND-2", ProjectType.INDUSTRY, Money.ofYuan(150_000), 2018, 3_000,
                named(V1, 10, 35)))
        .build();
    Plan plan = Plan.builder().id("plan").name("巴州区2018年项目").firstYear(2018).lastYear(2018).library(library)
        .addSources(earmarked("S-ROAD", ProjectType.ROAD, 2018, 200_000), pooled("S-POOL", 2018, 250_000))
        .build();
    return AllocationProblem.builder().plan(plan).objective(objective)
        .addSummaries(summary(V1, 100, 30, 90_000, 1000), summary(V2, 40, 12, 24_000, 500))
        .build();
  }

  static ProjectSite named(RegionCode village, int households, int persons) {
    ProjectSite.Builder b = ProjectSite.builder().village(village).persons(persons);
    for (int i = 1; i <= households; i++) {
      b.addHouseholds(village + "-" + i);
    }
    return b.build();
  }

  static VillageSummary summary(RegionCode village, int poor, int households, long gapYuan, int population) {
    return VillageSummary.builder().village(village).poorPersons(poor).poorHouseholds(households)
        .incomeGap(Money.ofYuan(gapYuan)).registeredPopulation(population).exitThreshold(WEST).build();
  }

  /** A random small problem: 2–4 villages, 2–{@code maxProjects} projects, 1–2 years, 1–4 sources. */
  static AllocationProblem generated(long seed, int maxProjects) {
    SplittableRandom r = new SplittableRandom(seed);
    int villages = 2 + r.nextInt(3);
    int years = 1 + r.nextInt(2);
    ProjectLibrary.Builder library = ProjectLibrary.builder();
    List<VillageSummary> summaries = new ArrayList<>();
    for (int v = 0; v < villages; v++) {
      int population = 200 + r.nextInt(1800);
      int households = 1 + r.nextInt(60);
      int poor = households + r.nextInt(households * 3 + 1);
      library.addVillages(village(VILLAGES.get(v), Math.max(population, poor)));
      summaries.add(summary(VILLAGES.get(v), poor, households, r.nextLong(households * 4_000L + 1), Math.max(population, poor)));
    }
    int projects = 2 + r.nextInt(maxProjects - 1);
    for (int p = 0; p < projects; p++) {
      int first = 2018 + r.nextInt(years);
      int last = first + r.nextInt(2018 + years - first);
      RegionCode village = VILLAGES.get(r.nextInt(villages));
      VillageSummary summary = summaries.get(VILLAGES.indexOf(village));
      ProjectSite site;
      if (r.nextBoolean()) {
        site = ProjectSite.wholeVillage(village);
      } else {
        int h = 1 + r.nextInt(summary.poorHouseholds());
        site = named(village, h, h + r.nextInt(summary.poorPersons() - h + 1));
      }
      library.addProjects(Project.builder().id("P" + p).name("P" + p).type(TYPES[r.nextInt(TYPES.length)])
          .putAllCostByYear(Project.totalCostOver(Money.ofFen(r.nextLong(50_000_000L)), first, last))
          .addSites(site).effects(ProjectEffects.incomeUplift(Money.ofFen(r.nextLong(600_000L)))).build());
    }
    Plan.Builder plan = Plan.builder().id("gen" + seed).name("generated").firstYear(2018).lastYear(2017 + years)
        .library(library.build());
    int sources = 1 + r.nextInt(4);
    for (int s = 0; s < sources; s++) {
      FundingSource.Builder source = FundingSource.builder().id("S" + s).name("S" + s);
      for (int y = 2018; y < 2018 + years; y++) {
        source.putAmountByYear(y, Money.ofFen(r.nextLong(60_000_000L)));
      }
      if (r.nextInt(3) == 0) {
        source.pooled(true);
      } else {
        source.addEarmarks(TYPES[r.nextInt(TYPES.length)]);
        if (r.nextBoolean()) {
          source.addEarmarks(TYPES[r.nextInt(TYPES.length)]);
        }
      }
      plan.addSources(source.build());
    }
    // the objectives the exact method states (ADDITIONAL_PERSONS_OUT has its own tests)
    Objective[] linear = {Objective.PERSONS_LIFTED_OUT, Objective.POOR_PERSONS_SERVED, Objective.VILLAGES_EXITING};
    Objective objective = linear[r.nextInt(linear.length)];
    return AllocationProblem.builder().plan(plan.build()).objective(objective).addAllSummaries(summaries).build();
  }
}

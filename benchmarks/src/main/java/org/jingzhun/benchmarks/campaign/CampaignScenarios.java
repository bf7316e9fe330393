package org.jingzhun.benchmarks.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.MonthDay;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Township;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.planning.allocation.AllocationMethod;
import org.jingzhun.planning.allocation.Objective;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Guarantee;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.simulation.GeneratedDistricts;

/**
 * 模拟情景 (a campaign scenario for the benchmark): a synthetic district of Bazhou — villages of
 * townships of {@value #VILLAGES_PER_TOWNSHIP}, households generated as planning's tests generate
 * them ({@link GeneratedDistricts#population}: one to five members with incomes spread around
 * the poverty line, some registered, some in C and D dwellings, children in school, the odd
 * uninsured, disabled or ill member) — a project per village and one pooled source a year, over the six years
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR}, with income growth and illness and disaster
 * shocks. Generated from a seed. (Six years from 2016, not 2015: the shipped exit rules are in
 * force from 2016-04-23, and the simulation resolves every rule of every year.)
 *
 * <p>The book is the shipped one with its gaps filled by {@code benchmark-gaps.yaml}
 * (UNVERIFIED benchmark assumptions, not policy figures; see that file). Every other number is
 * a synthetic range, not a policy value.
 */
public final class CampaignScenarios {

  /** First year of the campaign. */
  public static final int FIRST_YEAR = 2016;

  /** Last year of the campaign. */
  public static final int LAST_YEAR = 2021;

  private static final String GAPS = "benchmark-gaps.yaml";
  static final int VILLAGES_PER_TOWNSHIP = 100;

  private CampaignScenarios() {}

  /** The shipped book with the benchmark's UNVERIFIED gap values. */
  public static PolicyBook book() {
    try (InputStream in = CampaignScenarios.class.getResourceAsStream(GAPS)) {
      if (in == null) {
        throw new IllegalStateException("resource " + GAPS + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PolicyBook.shipped().withOverrides(List.of(new PolicyFile(GAPS, text)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A district of {@code villages} villages and {@code households} households. */
  public static Scenario scenario(int villages, int households, long seed) {
    County county = county(villages);
    return Scenario.builder().name("benchmark district " + seed).county(county)
        .population(GeneratedDistricts.population(county, households, seed)).book(book()).plan(plan(county))
        .assumptions(assumptions()).seed(seed).build();
  }

  static County county(int villages) {
    County.Builder county = County.builder().code(RegionCode.of("511902")).name("基准区");
    for (int t = 0; t * VILLAGES_PER_TOWNSHIP < villages; t++) {
      RegionCode township = RegionCode.of(String.format("511902%03d", 100 + t));
      Township.Builder b = Township.builder().code(township).name("镇" + t);
      for (int v = t * VILLAGES_PER_TOWNSHIP; v < Math.min(villages, (t + 1) * VILLAGES_PER_TOWNSHIP); v++) {
        b.addVillages(Village.builder().code(RegionCode.of(township.toString() + String.format("%03d", 1 + v % VILLAGES_PER_TOWNSHIP)))
            .name("村" + v).registeredPopulation(100_000).poorVillage(v % 2 == 1).electricity(true)
            .clinic(v % 3 != 0).broadband(true).hardenedRoad(v % 4 != 0).collectiveIncome(Money.ofYuan(5000)).build());
      }
      county.addTownships(b.build());
    }
    return county.build();
  }

  static Plan plan(County county) {
    ProjectLibrary.Builder library = ProjectLibrary.builder().addVillages(county.villages().toArray(Village[]::new));
    List<Village> villages = county.villages();
    int years = LAST_YEAR - FIRST_YEAR;
    for (int v = 0; v < villages.size(); v++) {
      library.addProjects(Project.builder().id("P" + v).name("项目" + v)
          .type(ProjectType.values()[v % ProjectType.values().length])
          .putCostByYear(FIRST_YEAR + v % years, Money.ofYuan(50_000 + 1_000L * (v % 100)))
          .addSites(ProjectSite.wholeVillage(villages.get(v).code()))
          .effects(ProjectEffects.builder().incomeUpliftPerHousehold(Money.ofYuan(300 + 10L * (v % 100)))
              .addGuarantees(Guarantee.values()[v % Guarantee.values().length]).build())
          .build());
    }
    FundingSource.Builder pooled = FundingSource.builder().id("POOL").name("统筹整合资金").pooled(true);
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      pooled.putAmountByYear(y, Money.ofYuan(50_000L * villages.size() / years));
    }
    return Plan.builder().id("benchmark").name("基准规划").firstYear(FIRST_YEAR).lastYear(LAST_YEAR)
        .library(library.build()).addSources(pooled.build()).build();
  }

  static Assumptions assumptions() {
    return Assumptions.builder().incomeGrowth(new BigDecimal("0.06"))
        .illnessShockRate(Share.parse("0.05")).illnessBillMin(Money.ofYuan(2000)).illnessBillMax(Money.ofYuan(60_000))
        .illnessCoveredShare(Share.parse("0.8")).disasterShockRate(Share.parse("0.02"))
        .disasterLossShare(Share.parse("0.3")).evaluationDay(MonthDay.of(12, 31))
        .allocationMethod(AllocationMethod.GREEDY).objective(Objective.POOR_PERSONS_SERVED)
        .missedIdentificationRate(Share.parse("0.01")).wrongExitRate(Share.parse("0.01"))
        .publicApproval(Share.parse("0.95")).build();
  }
}

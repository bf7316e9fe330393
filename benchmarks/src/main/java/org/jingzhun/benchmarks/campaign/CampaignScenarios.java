package org.jingzhun.benchmarks.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.SplittableRandom;
import org.jingzhun.core.household.HealthCondition;
import org.jingzhun.core.household.HousingSafetyGrade;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.PovertyCause;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.Relationship;
import org.jingzhun.core.household.SchoolStage;
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
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;

/**
 * 模拟情景 (a campaign scenario for the benchmark): a synthetic district of Bazhou — villages of
 * townships, households of one to five members with incomes spread around the poverty line,
 * some registered, some in C and D dwellings, children in school, the odd uninsured, disabled
 * or ill member — a project per village and one pooled source a year, over the six years
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
  private static final int VILLAGES_PER_TOWNSHIP = 100;

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
        .population(population(county, households, seed)).book(book()).plan(plan(county))
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

  static Population population(County county, int households, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Population p = Population.withCapacity(households, households * 3);
    List<Village> villages = county.villages();
    villages.forEach(v -> p.addVillage(v.code()));
    for (int i = 0; i < households; i++) {
      int h = p.appendHousehold(rnd.nextInt(villages.size()));
      int members = 1 + rnd.nextInt(5);
      boolean anyLabour = false;
      for (int m = 0; m < members; m++) {
        boolean child = m >= 2;
        LocalDate born = child ? LocalDate.of(2003 + rnd.nextInt(10), 1 + rnd.nextInt(12), 1)
            : LocalDate.of(1940 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1);
        LabourCapacity labour = child ? LabourCapacity.NONE : LabourCapacity.values()[rnd.nextInt(3)];
        anyLabour |= labour != LabourCapacity.NONE;
        int k = p.addMember(Math.toIntExact(born.toEpochDay()),
            m == 0 ? Relationship.HEAD : child ? Relationship.CHILD : Relationship.SPOUSE, labour);
        p.setInsured(k, rnd.nextInt(10) != 0);
        if (child && rnd.nextInt(4) != 0) {
          p.setSchool(k, rnd.nextBoolean() ? SchoolStage.PRIMARY : SchoolStage.JUNIOR_MIDDLE, rnd.nextBoolean());
        }
        if (rnd.nextInt(20) == 0) {
          p.setDisabilityGrade(k, 1 + rnd.nextInt(4));
        }
        if (rnd.nextInt(20) == 0) {
          p.setHealth(k, HealthCondition.values()[rnd.nextInt(HealthCondition.values().length)]);
        }
      }
      long perCapita = rnd.nextInt(4) == 0 ? 100_000 + rnd.nextInt(350_000) : 300_000 + rnd.nextInt(2_000_000);
      boolean noIncome = !anyLabour && rnd.nextInt(2) == 0;
      if (!noIncome) {
        p.setIncome(h, IncomeColumn.WAGES, perCapita * members);
      }
      p.setIncome(h, IncomeColumn.TRANSFERS, rnd.nextInt(50_000));
      p.setHousing(h, HousingSafetyGrade.values()[rnd.nextInt(10) == 0 ? 2 + rnd.nextInt(2) : rnd.nextInt(2)]);
      p.setSafeDrinkingWater(h, rnd.nextInt(8) != 0);
      if (perCapita < 300_000 && rnd.nextInt(3) != 0) {
        PovertyCategory category = !anyLabour && noIncome ? PovertyCategory.EXTREME_POVERTY_SUPPORT
            : rnd.nextBoolean() ? PovertyCategory.DIBAO : PovertyCategory.GENERAL;
        p.setRegistration(h, category, RegistrationStatus.POOR, 2014);
        p.setCause(h, PovertyCause.values()[rnd.nextInt(PovertyCause.values().length)], true);
      }
    }
    p.trimToSize();
    return p;
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

package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jingzhun.core.region.RegionCode;
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
import org.jingzhun.planning.scenario.Scenario;

/**
 * Synthetic districts of Bazhou for tests: villages of one township, households of one to five
 * members with incomes spread around the poverty line, some registered (the category
 * consistent with the identification rule: extreme-poverty support exactly when no member can
 * work and there is no wage, business or property income), some C and D dwellings, children in
 * school, the odd uninsured member; a project per village with an income uplift and
 * guarantees, one pooled source. Generated from a seed, so a failing case can be replayed.
 *
 * <p>Public, and published in planning's test jar, because the benchmarks module's campaign
 * generates its households with {@link #population} too.
 */
public final class GeneratedDistricts {
  private GeneratedDistricts() {}

  static County county(int villages) {
    Township.Builder t = Township.builder().code(HandDistrict.TOWNSHIP).name("生成镇");
    for (int v = 1; v <= villages; v++) {
      t.addVillages(Village.builder().code(RegionCode.of(String.format("511902100%03d", v))).name("村" + v)
          .registeredPopulation(100_000).poorVillage(v % 2 == 1).electricity(true).clinic(v % 3 != 0).broadband(true)
          .hardenedRoad(v % 4 != 0).collectiveIncome(Money.ofYuan(5000)).build());
    }
    return County.builder().code(HandDistrict.COUNTY).name("生成区").addTownships(t.build()).build();
  }

  /** {@code households} households drawn from {@code seed}, each in a village of {@code county} drawn at random. */
  public static Population population(County county, int households, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Population p = Population.withCapacity(households, households * 4);
    List<Village> villages = county.villages();
    villages.forEach(v -> p.addVillage(v.code()));
    for (int i = 0; i < households; i++) {
      int h = p.appendHousehold(rnd.nextInt(villages.size()));
      int members = 1 + rnd.nextInt(5);
      boolean anyLabour = false;
      for (int m = 0; m < members; m++) {
        boolean child = m >= 2;
        LocalDate born = child ? LocalDate.of(2005 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1)
            : LocalDate.of(1940 + rnd.nextInt(50), 1 + rnd.nextInt(12), 1);
        LabourCapacity labour = child ? LabourCapacity.NONE : LabourCapacity.values()[rnd.nextInt(3)];
        anyLabour |= labour != LabourCapacity.NONE;
        int k = p.addMember(Math.toIntExact(born.toEpochDay()), m == 0 ? Relationship.HEAD : child ? Relationship.CHILD
            : Relationship.SPOUSE, labour);
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
        p.setRegistration(h, category, RegistrationStatus.POOR, 2014 + rnd.nextInt(3));
        p.setCause(h, PovertyCause.values()[rnd.nextInt(PovertyCause.values().length)], true);
      }
    }
    p.trimToSize();
    return p;
  }

  static Plan plan(County county, int firstYear, int lastYear) {
    ProjectLibrary.Builder library = ProjectLibrary.builder().addVillages(county.villages().toArray(Village[]::new));
    List<Village> villages = new ArrayList<>(county.villages());
    for (int v = 0; v < villages.size(); v++) {
      library.addProjects(Project.builder().id("P" + v).name("项目" + v).type(ProjectType.values()[v % ProjectType.values().length])
          .putCostByYear(firstYear + v % Math.max(1, lastYear - firstYear), Money.ofYuan(50_000 + 10_000L * v))
          .addSites(ProjectSite.wholeVillage(villages.get(v).code()))
          .effects(ProjectEffects.builder().incomeUpliftPerHousehold(Money.ofYuan(300 + 100L * v))
              .addGuarantees(Guarantee.values()[v % Guarantee.values().length]).build())
          .build());
    }
    FundingSource.Builder pooled = FundingSource.builder().id("POOL").name("统筹整合资金").pooled(true);
    for (int y = firstYear; y <= lastYear; y++) {
      pooled.putAmountByYear(y, Money.ofYuan(150_000));
    }
    return Plan.builder().id("generated").name("生成规划").firstYear(firstYear).lastYear(lastYear)
        .library(library.build()).addSources(pooled.build()).build();
  }

  /** A district of {@code villages} villages and {@code households} households, 2016–2020, with shocks. */
  static Scenario.Builder scenario(int villages, int households, long seed) {
    County county = county(villages);
    return Scenario.builder().name("generated " + seed).county(county).population(population(county, households, seed))
        .book(TestBooks.withGapsFilled()).plan(plan(county, 2016, 2020))
        .assumptions(HandDistrict.assumptions().incomeGrowth(new BigDecimal("0.06"))
            .illnessShockRate(Share.parse("0.05")).illnessBillMin(Money.ofYuan(2000)).illnessBillMax(Money.ofYuan(60_000))
            .illnessCoveredShare(Share.parse("0.8")).disasterShockRate(Share.parse("0.02"))
            .disasterLossShare(Share.parse("0.3")).build())
        .seed(seed);
  }
}

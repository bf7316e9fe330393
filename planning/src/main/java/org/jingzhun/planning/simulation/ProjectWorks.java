package org.jingzhun.planning.simulation;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jingzhun.planning.plan.Guarantee;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.population.IncomeColumn;
import org.jingzhun.planning.population.Population;

/**
 * 项目落地 — a funded project's effects, applied in the year they begin: its income uplift is
 * added to the business income of each household it serves (from then on, growing with it), and
 * each guarantee it secures is secured: water (the village's supply and the households' drinking
 * water), housing (C and D dwellings made safe, as {@link Renovation}), schooling (members of
 * compulsory school age enrolled, as {@link SchoolEntry}), health (every member
 * insured, and the village clinic), road, power and broadband (the village's).
 *
 * <p>A site naming households serves those; a whole-village site serves the village's registered
 * households, poor or exited (脱贫不脱政策).
 */
final class ProjectWorks {
  private final CampaignRun run;

  ProjectWorks(CampaignRun run) {
    this.run = run;
  }

  /** Applies {@code project}'s effects on {@code date} with the rules {@code rulesOfVillage}. */
  void apply(Project project, LocalDate date, RegionRules[] rulesOfVillage) {
    long uplift = project.effects().incomeUpliftPerHousehold().fen();
    Set<Guarantee> guarantees = project.effects().guarantees();
    Population pop = run.population;
    for (ProjectSite site : project.sites()) {
      int v = run.villageIndex.get(site.village());
      VillageFacilities f = run.facilities[v];
      if (guarantees.contains(Guarantee.WATER)) {
        f.water = true;
      }
      if (guarantees.contains(Guarantee.HEALTH)) {
        f.clinic = true;
      }
      if (guarantees.contains(Guarantee.ROAD)) {
        f.road = true;
      }
      if (guarantees.contains(Guarantee.POWER)) {
        f.power = true;
      }
      if (guarantees.contains(Guarantee.BROADBAND)) {
        f.broadband = true;
      }
      RegionRules r = rulesOfVillage[v];
      IntConsumer serve = h -> {
        if (uplift > 0) {
          pop.setIncome(h, IncomeColumn.BUSINESS, pop.income(h, IncomeColumn.BUSINESS) + uplift);
        }
        if (guarantees.contains(Guarantee.WATER)) {
          pop.setSafeDrinkingWater(h, true);
        }
        if (guarantees.contains(Guarantee.HOUSING)) {
          pop.setHousing(h, Renovation.after(pop.housing(h)));
        }
        if (guarantees.contains(Guarantee.SCHOOLING)) {
          SchoolEntry.enrol(pop, h, date, r);
        }
        if (guarantees.contains(Guarantee.HEALTH)) {
          for (int m = pop.firstMember(h); m < pop.firstMember(h) + pop.memberCount(h); m++) {
            pop.setInsured(m, true);
          }
        }
      };
      if (site.wholeVillage()) {
        run.householdsOf(v).filter(pop::registered).forEach(serve);
      } else {
        site.households().stream().sorted().mapToInt(run.householdIndex::get).forEach(serve);
      }
    }
  }
}

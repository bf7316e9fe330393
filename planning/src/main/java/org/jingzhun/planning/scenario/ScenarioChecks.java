package org.jingzhun.planning.scenario;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.target.Targets;

/** The checks that the parts of a scenario fit together, shared by {@link Scenario} and {@link ScenarioInputs}. */
final class ScenarioChecks {
  private ScenarioChecks() {}

  static void check(Violations v, County county, Population population, Plan plan, Assumptions assumptions,
      Optional<Targets> targets) {
    Map<RegionCode, Village> villages = new HashMap<>();
    county.villages().forEach(village -> villages.put(village.code(), village));
    checkPopulation(v, villages, population);
    checkPlan(v, villages, population, plan);
    targets.ifPresent(t -> checkTargets(v, plan, t));
    MonthDay day = assumptions.evaluationDay();
    if (!plan.years().isEmpty() && day.isValidYear(plan.years().get(0))) {
      checkBirthDates(v, population, day.atYear(plan.years().get(0)));
    }
    for (int year : plan.years()) {
      v.check(day.isValidYear(year), "assumptions.evaluationDay", day, "is not a day of " + year);
      assumptions.microcredit().ifPresent(m -> v.check(m.disbursementDay().isValidYear(year),
          "assumptions.microcredit.disbursementDay", m.disbursementDay(), "is not a day of " + year));
    }
  }

  /** No member is born after the first day the run evaluates (ages are counted from birth to it). */
  private static void checkBirthDates(Violations v, Population population, LocalDate first) {
    long firstDay = first.toEpochDay();
    for (int h = 0; h < population.size(); h++) {
      for (int i = 0; i < population.memberCount(h); i++) {
        int born = population.birthEpochDay(population.firstMember(h) + i);
        if (born > firstDay) {
          v.add(FieldPath.join(FieldPath.index(FieldPath.join(FieldPath.index("population", h), "members"), i), "birthDate"),
              LocalDate.ofEpochDay(born), "is after " + first + ", the first day the simulation evaluates");
        }
      }
    }
  }

  private static void checkPopulation(Violations v, Map<RegionCode, Village> villages, Population population) {
    int[] households = new int[population.villageCount()];
    long[] persons = new long[population.villageCount()];
    for (int h = 0; h < population.size(); h++) {
      households[population.villageIndex(h)]++;
      persons[population.villageIndex(h)] += population.memberCount(h);
    }
    List<RegionCode> codes = population.villages();
    for (int i = 0; i < codes.size(); i++) {
      String path = FieldPath.index("population.villages", i);
      Village village = villages.get(codes.get(i));
      if (village == null) {
        v.check(households[i] == 0, path, codes.get(i),
            households[i] + " households live in this village, which is not a village of the county");
      } else {
        v.check(persons[i] <= village.registeredPopulation(), path, codes.get(i),
            persons[i] + " persons live in this village, more than its registered population " + village.registeredPopulation());
      }
    }
  }

  private static void checkPlan(Violations v, Map<RegionCode, Village> villages, Population population, Plan plan) {
    List<Village> listed = plan.library().villages();
    for (int i = 0; i < listed.size(); i++) {
      v.check(villages.containsKey(listed.get(i).code()), FieldPath.join(FieldPath.index("plan.library.villages", i), "code"),
          listed.get(i).code(), "is not a village of the county (unknown village)");
    }
    Set<String> named = new HashSet<>();
    plan.library().projects().forEach(p -> p.sites().forEach(s -> named.addAll(s.households())));
    Map<String, RegionCode> livesIn = new HashMap<>();
    if (!named.isEmpty()) {
      for (int h = 0; h < population.size(); h++) {
        String id = population.householdId(h);
        if (named.contains(id)) {
          livesIn.put(id, population.village(h));
        }
      }
    }
    List<Project> projects = plan.library().projects();
    for (int p = 0; p < projects.size(); p++) {
      List<ProjectSite> sites = projects.get(p).sites();
      for (int s = 0; s < sites.size(); s++) {
        ProjectSite site = sites.get(s);
        String path = FieldPath.join(FieldPath.index("plan.library.projects", p), FieldPath.index("sites", s));
        v.check(villages.containsKey(site.village()), FieldPath.join(path, "village"), site.village(),
            "is not a village of the county (unknown village)");
        for (String id : site.households()) {
          RegionCode home = livesIn.get(id);
          if (home == null) {
            v.add(FieldPath.join(path, "households"), id, "is not a household of the population");
          } else {
            v.check(home.equals(site.village()), FieldPath.join(path, "households"), id,
                "lives in " + home + ", not in the site's village " + site.village());
          }
        }
      }
    }
  }

  private static void checkTargets(Violations v, Plan plan, Targets targets) {
    String run = "is outside the plan's run " + plan.firstYear() + "–" + plan.lastYear();
    v.check(plan.covers(targets.firstYear()), "targets.firstYear", targets.firstYear(), run);
    v.check(plan.covers(targets.lastYear()), "targets.lastYear", targets.lastYear(), run);
    for (int i = 0; i < targets.years().size(); i++) {
      int year = targets.years().get(i).year();
      v.check(plan.covers(year), FieldPath.join(FieldPath.index("targets.years", i), "year"), year, run);
    }
  }
}

package org.jingzhun.planning.simulation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.exit.CountyExitRules;
import org.jingzhun.planning.assessment.HouseholdAssessment;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.scenario.Assumptions;
import org.jingzhun.planning.scenario.Scenario;

/**
 * The state of one run: a copy of the population, the rules of every region and year resolved
 * before the first year (so a missing parameter is reported before anything is computed), the
 * villages' facilities, the loans of the households, and every household's income after
 * transfers of each year.
 */
final class CampaignRun {
  final Scenario scenario;
  final Population population;
  final ImmutableList<Integer> years;
  final List<Village> villages;
  final Map<RegionCode, Integer> villageIndex = new HashMap<>();
  final int[] countyVillage;
  final VillageFacilities[] facilities;
  final long[][] history;
  /** Each household's transfers in fen in the year being run (every entitlement granted, medical payers). */
  final long[] transfers;
  /** Each household's monthly entitlements (dibao) of the year being run, in fen: part of its income after transfers. */
  final long[] dibao;
  /** Each household's transfers by programme and payer, when a listener asked; else null. */
  TransferDetail detail;
  /** The year's assessment of each household registered poor at its start, when a listener asked; else null. */
  HouseholdAssessment[] assessments;
  final IncomeGrowth growth;
  final Assumptions assumptions;
  final LoanProgramme loans;
  /** The registry's kinds of entitlement, as the run counts them. */
  final CampaignKinds kinds;
  final long seed;
  final Map<String, Integer> householdIndex = new HashMap<>();
  /** rulesOfVillage[year index from 0][county village index]. */
  final RegionRules[][] rules;
  final CountyExitRules[] countyRules;
  private final int[] villageStart;
  private final int[] villageHouseholds;

  CampaignRun(Scenario scenario, EntitlementRegistry registry) {
    this.scenario = scenario;
    this.kinds = new CampaignKinds(registry);
    this.population = scenario.population().copy();
    this.years = ImmutableList.copyOf(scenario.plan().years());
    this.villages = scenario.county().villages();
    this.assumptions = scenario.assumptions();
    this.seed = scenario.seed();
    this.growth = new IncomeGrowth(assumptions.incomeGrowth(), assumptions.incomeGrowthBySource());
    for (int v = 0; v < villages.size(); v++) {
      villageIndex.put(villages.get(v).code(), v);
    }
    countyVillage = population.villages().stream().mapToInt(villageIndex::get).toArray();
    facilities = villages.stream().map(VillageFacilities::new).toArray(VillageFacilities[]::new);
    int n = population.size();
    villageStart = new int[villages.size() + 1];
    for (int h = 0; h < n; h++) {
      villageStart[countyVillage[population.villageIndex(h)] + 1]++;
    }
    for (int v = 0; v < villages.size(); v++) {
      villageStart[v + 1] += villageStart[v];
    }
    villageHouseholds = new int[n];
    int[] next = villageStart.clone();
    for (int h = 0; h < n; h++) {
      villageHouseholds[next[countyVillage[population.villageIndex(h)]]++] = h;
    }
    Set<String> named = new HashSet<>();
    scenario.plan().library().projects().forEach(p -> p.sites().forEach(s -> named.addAll(s.households())));
    if (!named.isEmpty()) {
      for (int h = 0; h < n; h++) {
        if (named.contains(population.householdId(h))) {
          householdIndex.put(population.householdId(h), h);
        }
      }
    }
    transfers = new long[n];
    dibao = new long[n];
    history = new long[years.size() + 1][];
    history[0] = new long[n];
    for (int h = 0; h < n; h++) {
      history[0][h] = population.netIncomeFen(h);
    }
    rules = new RegionRules[years.size()][];
    countyRules = new CountyExitRules[years.size()];
    ParameterRegions regions = new ParameterRegions(scenario.book());
    resolveRules(scenario.book(), regions);
    LocalDate[] evaluation = years.stream().map(this::dateOf).toArray(LocalDate[]::new);
    this.loans = assumptions.microcredit().<LoanProgramme>map(m -> new MicrocreditLoans(m, scenario.book(), years, evaluation,
        villages, regions, n)).orElse(LoanProgramme.none());
  }

  private void resolveRules(PolicyBook book, ParameterRegions regions) {
    boolean illness = !assumptions.illnessShockRate().isZero();
    for (int y = 0; y < years.size(); y++) {
      LocalDate date = dateOf(years.get(y));
      Map<RegionCode, RegionRules> byRegion = new HashMap<>();
      rules[y] = new RegionRules[villages.size()];
      for (int v = 0; v < villages.size(); v++) {
        RegionCode village = villages.get(v).code();
        rules[y][v] = byRegion.computeIfAbsent(regions.of(village), region -> new RegionRules(book, region, date, illness, kinds.registry));
      }
      countyRules[y] = CountyExitRules.resolve(book, scenario.county().code(), date);
    }
  }

  LocalDate dateOf(int year) {
    return assumptions.evaluationDay().atYear(year);
  }

  /** The households of county village {@code v}, in index order. */
  IntStream householdsOf(int v) {
    return IntStream.range(villageStart[v], villageStart[v + 1]).map(i -> villageHouseholds[i]);
  }
}

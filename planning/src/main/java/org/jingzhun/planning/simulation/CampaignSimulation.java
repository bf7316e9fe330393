package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.exit.SampleRate;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.exit.VillageExitCase;
import org.jingzhun.eligibility.medical.Payer;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.allocation.Grant;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.scenario.Scenario;
import org.jingzhun.planning.target.TargetComparison;

/**
 * 脱贫攻坚模拟 — runs a {@link Scenario} year by year. Before the first year every rule of every
 * region and year is resolved (a missing parameter is reported then, naming it) and the plan's
 * money is allocated. Each year, in order:
 *
 * <ol>
 *   <li>the chosen projects whose effects begin that year are applied ({@link ProjectWorks}) and
 *       the year's grants are spent;
 *   <li>every household's year ({@link HouseholdYear}): income growth, shocks, entitlements,
 *       exit test or identification — over contiguous ranges of households, in parallel,
 *       summed in range order, so the result does not depend on the number of threads;
 *   <li>the poor villages not yet delisted take the village exit test with their registered
 *       poor persons and their facilities; the county takes the county exit test with the
 *       assessment rates the assumptions state.
 * </ol>
 *
 * <p>The scenario's population is not changed: the run works on a copy. Incidence is shown to
 * four decimal places, half-up; tests compare exactly.
 */
public final class CampaignSimulation {
  /** Households per range of the parallel pass. */
  static final int RANGE = 8192;
  private static final int INCIDENCE_PLACES = 4;

  private CampaignSimulation() {}

  /**
   * Runs {@code scenario} on every available processor.
   *
   * @param scenario the scenario: county, households, plan, assumptions and seed
   * @return the run: every year's figures, and the targets checked if the scenario has any
   */
  public static CampaignResult run(Scenario scenario) {
    return run(scenario, ProgressListener.none());
  }

  /**
   * Runs {@code scenario}, telling {@code listener} as each year completes.
   *
   * @param scenario the scenario: county, households, plan, assumptions and seed
   * @param listener told as each year completes
   * @return the run: every year's figures, and the targets checked if the scenario has any
   */
  public static CampaignResult run(Scenario scenario, ProgressListener listener) {
    return run(scenario, listener, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code scenario} on {@code threads} threads (1: on the caller's thread). The result is
   * the same for every number of threads.
   *
   * @param scenario the scenario: county, households, plan, assumptions and seed
   * @param listener told as each year completes
   * @param threads the threads to use, at least 1
   * @return the run: every year's figures, and the targets checked if the scenario has any
   * @throws org.jingzhun.core.validation.ValidationException naming the first parameter not in
   *     force for a region and year of the run, or a household whose record breaks a rule
   */
  public static CampaignResult run(Scenario scenario, ProgressListener listener, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    CampaignRun run = new CampaignRun(scenario);
    LoanProgramme loans = run.loans;
    Allocation allocation = PlanAllocation.allocate(run);
    ProjectWorks works = new ProjectWorks(run);
    List<YearResult> years = new ArrayList<>();
    long[] delistedIn = new long[run.villages.size()];
    Optional<Integer> countyExit = Optional.empty();
    ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
    try {
      for (int y = 0; y < run.years.size(); y++) {
        int year = run.years.get(y);
        LocalDate date = run.dateOf(year);
        for (Project p : scenario.plan().library().projects()) {
          if (allocation.chosenProjectIds().contains(p.id()) && p.firstYear() + run.assumptions.projectEffectLagYears() == year) {
            works.apply(p, date, run.rules[y]);
          }
        }
        YearTally tally = households(run, y, pool);
        YearResult.Builder out = YearResult.builder().year(year).evaluationDate(date);
        long poorHouseholds = 0;
        long poorPersons = 0;
        long delistedThisYear = 0;
        long delisted = 0;
        for (int v = 0; v < run.villages.size(); v++) {
          Village village = run.villages.get(v);
          poorHouseholds += tally.poorHouseholds[v];
          poorPersons += tally.poorPersons[v];
          if (village.poorVillage() && delistedIn[v] == 0) {
            ExitAssessment exit = run.rules[y][v].villageExit.assess(VillageExitCase.builder()
                .village(run.facilities[v].applyTo(village)).registeredPoorPersons(Math.toIntExact(tally.poorPersons[v])).build(),
                Trace.off());
            if (exit.passed()) {
              delistedIn[v] = year;
              delistedThisYear++;
            }
          }
          delisted += delistedIn[v] != 0 ? 1 : 0;
          out.addVillages(VillageYear.builder().village(village.code()).poorHouseholds(tally.poorHouseholds[v])
              .poorPersons(tally.poorPersons[v]).registeredPopulation(village.registeredPopulation())
              .incidence(incidence(tally.poorPersons[v], village.registeredPopulation()))
              .poorVillage(village.poorVillage()).delisted(delistedIn[v] != 0).delistedThisYear(delistedIn[v] == year).build());
        }
        long population = run.villages.stream().mapToLong(Village::registeredPopulation).sum();
        // the assessment's rates are the scenario's assumptions, not a sample
        ExitAssessment county = run.countyRules[y].assess(new SampleRate(poorPersons, population),
            SampleRate.of(run.assumptions.missedIdentificationRate()), SampleRate.of(run.assumptions.wrongExitRate()),
            SampleRate.of(run.assumptions.publicApproval()), Trace.off());
        if (county.passed() && countyExit.isEmpty()) {
          countyExit = Optional.of(year);
        }
        YearResult result = out.poorHouseholds(poorHouseholds).poorPersons(poorPersons)
            .newPoorHouseholds(tally.newPoorHouseholds).newPoorPersons(tally.newPoorPersons)
            .returningHouseholds(tally.returningHouseholds).returningPersons(tally.returningPersons)
            .exitedHouseholds(tally.exitedHouseholds).exitedPersons(tally.exitedPersons)
            .exitsByBatch(byBatch(tally)).illnessShocks(tally.illnessShocks).disasterShocks(tally.disasterShocks)
            .villagesDelistedThisYear(delistedThisYear).villagesDelisted(delisted)
            .county(CountyYear.builder().poorPersons(poorPersons).registeredPopulation(population)
                .incidence(incidence(poorPersons, population)).passed(county.passed()).failed(county.failed())
                .exitYear(countyExit).build())
            .spendingByProgramme(byProgramme(tally, allocation, year, loans))
            .spendingBySource(bySource(scenario, allocation, year))
            .medicalByPayer(byPayer(tally))
            .build();
        years.add(result);
        listener.householdIncomes(year, incomes(run.history[y + 1]));
        listener.yearCompleted(result, y + 1, run.years.size());
      }
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
    CampaignResult.Builder result = CampaignResult.builder().scenario(scenario.name()).seed(scenario.seed())
        .allocation(allocation).years(years);
    if (!loans.simulated()) {
      result.addNotes("Loans and their interest subsidies (扶贫小额信贷贴息) are not simulated: the scenario's assumptions"
          + " state no microcredit, so spending leaves LOAN_INTEREST_SUBSIDY out.");
    }
    CampaignResult built = result.build();
    return scenario.targets()
        .map(t -> CampaignResult.builder().from(built).targets(TargetComparison.compute(t, built.yearFigures())).build())
        .orElse(built);
  }

  private static YearTally households(CampaignRun run, int y, ForkJoinPool pool) {
    HouseholdYear step = new HouseholdYear(run, y + 1, run.rules[y]);
    run.history[y + 1] = new long[run.population.size()];
    int n = run.population.size();
    YearTally total = new YearTally(run.villages.size());
    if (pool == null) {
      total.add(step.run(0, n));
      return total;
    }
    List<Callable<YearTally>> ranges = new ArrayList<>();
    for (int from = 0; from < n; from += RANGE) {
      int start = from;
      int end = Math.min(n, from + RANGE);
      ranges.add(() -> step.run(start, end));
    }
    for (Future<YearTally> f : pool.invokeAll(ranges)) {
      total.add(join(f));
    }
    return total;
  }

  private static YearTally join(Future<YearTally> f) {
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static BigDecimal incidence(long poor, long population) {
    return BigDecimal.valueOf(poor).divide(BigDecimal.valueOf(population), INCIDENCE_PLACES, RoundingMode.HALF_UP);
  }

  private static Map<FiveBatch, Long> byBatch(YearTally t) {
    Map<FiveBatch, Long> out = new EnumMap<>(FiveBatch.class);
    for (FiveBatch b : FiveBatch.values()) {
      out.put(b, t.exitsByBatch[b.ordinal()]);
    }
    return out;
  }

  private static Map<Payer, Money> byPayer(YearTally t) {
    Map<Payer, Money> out = new EnumMap<>(Payer.class);
    for (Payer p : Payer.values()) {
      out.put(p, Money.ofFen(t.medicalByPayerFen[p.ordinal()]));
    }
    return out;
  }

  private static Map<Programme, Money> byProgramme(YearTally t, Allocation allocation, int year, LoanProgramme loans) {
    Map<Programme, Money> out = new EnumMap<>(Programme.class);
    out.put(Programme.DIBAO, Money.ofFen(t.dibaoFen));
    out.put(Programme.MEDICAL, Money.ofFen(t.medicalFen));
    out.put(Programme.EDUCATION, Money.ofFen(t.educationFen));
    out.put(Programme.HOUSING, Money.ofFen(t.housingFen));
    out.put(Programme.PROJECTS, Money.sum(allocation.grants().stream().filter(g -> g.year() == year).map(Grant::amount).toList()));
    if (loans.simulated()) {
      out.put(Programme.LOAN_INTEREST_SUBSIDY, Money.ofFen(t.loanSubsidyFen));
    }
    return out;
  }

  private static Map<String, Money> bySource(Scenario scenario, Allocation allocation, int year) {
    Map<String, Money> out = new LinkedHashMap<>();
    for (FundingSource s : scenario.plan().sources()) {
      out.put(s.id(), allocation.spent(s.id(), year));
    }
    return out;
  }

  private static HouseholdIncomes incomes(long[] fen) {
    return new HouseholdIncomes() {
      @Override
      public int size() {
        return fen.length;
      }

      @Override
      public Money incomeAfterTransfers(int household) {
        return Money.ofFen(fen[household]);
      }
    };
  }
}

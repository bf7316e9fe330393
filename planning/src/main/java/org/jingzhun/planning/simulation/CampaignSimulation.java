package org.jingzhun.planning.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.eligibility.batch.FiveBatch;
import org.jingzhun.eligibility.entitlement.EntitlementKind;
import org.jingzhun.eligibility.entitlement.EntitlementRegistry;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.medical.Payer;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.assessment.AssessmentRollUp;
import org.jingzhun.planning.assessment.HouseholdAssessment;
import org.jingzhun.planning.assessment.HouseholdAssessments;
import org.jingzhun.planning.allocation.Grant;
import org.jingzhun.planning.allocation.Objective;
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
 * <p>When the assumptions' objective is {@link Objective#ADDITIONAL_PERSONS_OUT}, the scenario is
 * first run without the plan's projects (the same households, rules and draws), and the
 * households that run leaves poor at its end value the projects ({@link BaselineNeeds}); the
 * result then carries that run's poor persons at the end, so that the allocation's predicted
 * value and the simulated effect can be set side by side ({@link CampaignResult#projectEffect()}).
 * That run doubles the time.
 *
 * <p>The scenario's population is not changed: the run works on a copy. Incidence is shown to
 * four decimal places, half-up; tests compare exactly.
 */
public final class CampaignSimulation {
  /** Households per range of the parallel pass. */
  static final int RANGE = 8192;
  private static final int INCIDENCE_PLACES = 4;

  /** Runs every task on the calling thread: one range a year, no tasks. */
  private static final Executor CALLER = Runnable::run;

  private CampaignSimulation() {}

  /**
   * Runs {@code scenario} on every available processor, on a pool of its own that it shuts down
   * before it returns.
   *
   * @param scenario the scenario: county, households, plan, assumptions and seed
   * @return the run: every year's figures, and the targets checked if the scenario has any
   */
  public static CampaignResult run(Scenario scenario) {
    return run(scenario, ProgressListener.none());
  }

  /**
   * Runs {@code scenario} on every available processor, on a pool of its own that it shuts down
   * before it returns, telling {@code listener} as each year completes.
   *
   * @param scenario the scenario: county, households, plan, assumptions and seed
   * @param listener told as each year completes
   * @return the run: every year's figures, and the targets checked if the scenario has any
   */
  public static CampaignResult run(Scenario scenario, ProgressListener listener) {
    return run(scenario, listener, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs {@code scenario} on {@code threads} threads (1: on the caller's thread), on a pool of
   * its own that it shuts down before it returns. The result is the same for every number of
   * threads.
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
    if (threads == 1) {
      return run(scenario, listener, CALLER);
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return run(scenario, listener, pool);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Runs {@code scenario} with the caller's {@code executor}: each year the households are cut
   * into ranges of a fixed size, each range is one task given to the executor, and the ranges'
   * sums are added in range order, so the result is the same whatever the executor (one thread,
   * a pool of any size, or {@code Runnable::run} for the caller's thread). The calling thread
   * waits for each year's tasks, so the executor must run them on other threads than the one it
   * occupies (or on the caller's own). The executor is not shut down; the listener is told on
   * the calling thread.
   *
   * @param scenario the scenario: county, households, plan, assumptions and seed
   * @param listener told as each year completes
   * @param executor runs the ranges of households of each year
   * @return the run: every year's figures, and the targets checked if the scenario has any
   * @throws org.jingzhun.core.validation.ValidationException naming the first parameter not in
   *     force for a region and year of the run, or a household whose record breaks a rule
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
   */
  public static CampaignResult run(Scenario scenario, ProgressListener listener, Executor executor) {
    return run(scenario, EntitlementRegistry.standard(), listener, executor);
  }

  /**
   * Runs {@code scenario} as {@link #run(Scenario, ProgressListener, Executor)} does, with the
   * entitlement programmes of {@code registry} instead of the standard registry's: every
   * programme of the registry grants registered households their entitlements each year, and its
   * spending is reported by kind ({@link YearResult#spendingByKind()}) and, for a programme other
   * than dibao, education aid and the renovation grant, under {@link Programme#OTHER_ENTITLEMENTS}.
   *
   * @param scenario the scenario: county, households, plan, assumptions and seed
   * @param registry the entitlement programmes, in the order they grant
   * @param listener told as each year completes
   * @param executor runs the ranges of households of each year
   * @return the run: every year's figures, and the targets checked if the scenario has any
   * @throws org.jingzhun.core.validation.ValidationException naming the first parameter not in
   *     force for a region and year of the run, or a household whose record breaks a rule
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a task
   */
  public static CampaignResult run(Scenario scenario, EntitlementRegistry registry, ProgressListener listener,
      Executor executor) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(registry, "registry");
    Optional<BaselineNeeds> baseline = scenario.assumptions().objective() == Objective.ADDITIONAL_PERSONS_OUT
        ? Optional.of(baseline(scenario, registry, executor))
        : Optional.empty();
    CampaignRun run = new CampaignRun(scenario, registry);
    run.detail = listener.wantsTransferDetail() ? new TransferDetail(scenario.population().size(), run.kinds.size()) : null;
    run.assessments = listener.wantsAssessment() ? new HouseholdAssessment[scenario.population().size()] : null;
    Allocation allocation = PlanAllocation.allocate(run, baseline);
    List<YearResult> years = years(run, allocation, listener, executor);
    return campaignResult(scenario, allocation, run.loans, years, baseline);
  }

  /**
   * {@return what the run of {@code scenario} without the plan's projects leaves poor at its end:
   * the same households, rules and draws, with no project chosen}
   */
  private static BaselineNeeds baseline(Scenario scenario, EntitlementRegistry registry, Executor executor) {
    CampaignRun run = new CampaignRun(scenario, registry);
    Allocation none = Allocation.builder().objective(scenario.assumptions().objective())
        .method(scenario.assumptions().allocationMethod()).value(0).build();
    List<YearResult> years = years(run, none, ProgressListener.none(), executor);
    return new BaselineNeeds(run, years.get(years.size() - 1).poorPersons());
  }

  /** {@return every year of {@code run} with {@code allocation}'s projects, in order} */
  private static List<YearResult> years(CampaignRun run, Allocation allocation, ProgressListener listener, Executor executor) {
    ProjectWorks works = new ProjectWorks(run);
    Delisting delisting = new Delisting(run.villages.size());
    List<YearResult> years = new ArrayList<>();
    for (int y = 0; y < run.years.size(); y++) {
      int year = run.years.get(y);
      LocalDate date = run.dateOf(year);
      for (Project p : run.scenario.plan().library().projects()) {
        if (allocation.chosenProjectIds().contains(p.id()) && p.firstYear() + run.assumptions.projectEffectLagYears() == year) {
          works.apply(p, date, run.rules[y]);
        }
      }
      YearTally tally = households(run, y, executor);
      YearResult result = yearResult(run, y, tally, delisting, allocation);
      years.add(result);
      listener.householdIncomes(year, incomes(run.history[y + 1]));
      listener.householdTransfers(year, transfers(run.transfers, run.detail, run.kinds));
      listener.yearCompleted(result, y + 1, run.years.size());
    }
    return years;
  }

  /** {@return year {@code y}'s figures from its households' sums, after the villages' and the county's exit tests} */
  private static YearResult yearResult(CampaignRun run, int y, YearTally tally, Delisting delisting, Allocation allocation) {
    int year = run.years.get(y);
    delisting.assessVillages(run, y, tally);
    long poorHouseholds = 0;
    long poorPersons = 0;
    YearResult.Builder out = YearResult.builder().year(year).evaluationDate(run.dateOf(year));
    for (int v = 0; v < run.villages.size(); v++) {
      Village village = run.villages.get(v);
      poorHouseholds += tally.poorHouseholds[v];
      poorPersons += tally.poorPersons[v];
      out.addVillages(VillageYear.builder().village(village.code()).poorHouseholds(tally.poorHouseholds[v])
          .poorPersons(tally.poorPersons[v]).registeredPopulation(village.registeredPopulation())
          .incidence(incidence(tally.poorPersons[v], village.registeredPopulation()))
          .poorVillage(village.poorVillage()).delisted(delisting.delisted(v)).delistedThisYear(delisting.delistedIn(v, year))
          .registeredHouseholds(tally.of(v, YearTally.REGISTERED_HOUSEHOLDS)).registeredPersons(tally.of(v, YearTally.REGISTERED_PERSONS))
          .newPoorHouseholds(tally.of(v, YearTally.NEW_POOR_HOUSEHOLDS)).newPoorPersons(tally.of(v, YearTally.NEW_POOR_PERSONS))
          .returningHouseholds(tally.of(v, YearTally.RETURNING_HOUSEHOLDS)).returningPersons(tally.of(v, YearTally.RETURNING_PERSONS))
          .exitedHouseholds(tally.of(v, YearTally.EXITED_HOUSEHOLDS)).exitedPersons(tally.of(v, YearTally.EXITED_PERSONS))
          .dibaoHouseholds(tally.of(v, YearTally.DIBAO_HOUSEHOLDS)).dibaoPersons(tally.of(v, YearTally.DIBAO_PERSONS))
          .spendingByProgramme(villageSpending(tally, v)).build());
    }
    long population = run.villages.stream().mapToLong(Village::registeredPopulation).sum();
    ExitAssessment county = delisting.assessCounty(run, y, poorPersons, population);
    return out.poorHouseholds(poorHouseholds).poorPersons(poorPersons)
        .newPoorHouseholds(tally.newPoorHouseholds).newPoorPersons(tally.newPoorPersons)
        .returningHouseholds(tally.returningHouseholds).returningPersons(tally.returningPersons)
        .exitedHouseholds(tally.exitedHouseholds).exitedPersons(tally.exitedPersons)
        .exitsByBatch(byBatch(tally)).illnessShocks(tally.illnessShocks).disasterShocks(tally.disasterShocks)
        .villagesDelistedThisYear(delisting.delistedIn(year)).villagesDelisted(delisting.delisted())
        .county(CountyYear.builder().poorPersons(poorPersons).registeredPopulation(population)
            .incidence(incidence(poorPersons, population)).passed(county.passed()).failed(county.failed())
            .exitYear(delisting.countyExit()).build())
        .spendingByProgramme(byProgramme(tally, run.kinds, allocation, year, run.loans))
        .spendingByKind(byKind(tally, run.kinds))
        .spendingBySource(bySource(run.scenario, allocation, year))
        .medicalByPayer(byPayer(tally))
        .assessment(rollUps(run))
        .build();
  }

  /** {@return the roll-ups of the year's assessments, which it then clears; empty when none were asked for} */
  private static List<AssessmentRollUp> rollUps(CampaignRun run) {
    if (run.assessments == null) {
      return List.of();
    }
    List<HouseholdAssessment> assessed = new ArrayList<>();
    for (int h = 0; h < run.assessments.length; h++) {
      if (run.assessments[h] != null) {
        assessed.add(run.assessments[h]);
        run.assessments[h] = null;
      }
    }
    return HouseholdAssessments.rollUps(assessed);
  }

  /** {@return the run's result: its years, notes, and the targets checked if the scenario has any} */
  private static CampaignResult campaignResult(Scenario scenario, Allocation allocation, LoanProgramme loans, List<YearResult> years,
      Optional<BaselineNeeds> baseline) {
    CampaignResult.Builder result = CampaignResult.builder().scenario(scenario.name()).seed(scenario.seed())
        .allocation(allocation).years(years).baselinePoorPersons(baseline.map(BaselineNeeds::poorPersonsAtEnd));
    if (!loans.simulated()) {
      result.addNotes("Loans and their interest subsidies (扶贫小额信贷贴息) are not simulated: the scenario's assumptions"
          + " state no microcredit, so spending leaves LOAN_INTEREST_SUBSIDY out.");
    }
    CampaignResult built = result.build();
    return scenario.targets()
        .map(t -> CampaignResult.builder().from(built).targets(TargetComparison.compute(t, built.yearFigures())).build())
        .orElse(built);
  }

  /**
   * {@return the sums of every household's year {@code y}}: on the caller's thread in one range,
   * or in ranges of {@link #RANGE} households given to {@code executor}, waited for all and added
   * in range order; the first range to fail, in range order, throws its exception
   */
  private static YearTally households(CampaignRun run, int y, Executor executor) {
    HouseholdYear step = new HouseholdYear(run, y + 1, run.rules[y]);
    run.history[y + 1] = new long[run.population.size()];
    int n = run.population.size();
    YearTally total = new YearTally(run.villages.size(), run.kinds.size());
    if (executor == CALLER) {
      total.add(step.run(0, n));
      return total;
    }
    List<CompletableFuture<YearTally>> ranges = new ArrayList<>();
    for (int from = 0; from < n; from += RANGE) {
      int start = from;
      int end = Math.min(n, from + RANGE);
      ranges.add(CompletableFuture.supplyAsync(() -> step.run(start, end), executor));
    }
    // wait for every range, failed or not, so that no task of this run outlives it
    CompletableFuture.allOf(ranges.toArray(new CompletableFuture<?>[0])).exceptionally(e -> null).join();
    for (CompletableFuture<YearTally> f : ranges) {
      total.add(join(f));
    }
    return total;
  }

  private static YearTally join(CompletableFuture<YearTally> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static BigDecimal incidence(long poor, long population) {
    return BigDecimal.valueOf(poor).divide(BigDecimal.valueOf(population), INCIDENCE_PLACES, RoundingMode.HALF_UP);
  }

  private static Map<Programme, Money> villageSpending(YearTally t, int v) {
    Map<Programme, Money> out = new EnumMap<>(Programme.class);
    out.put(Programme.DIBAO, Money.ofFen(t.of(v, YearTally.DIBAO_FEN)));
    out.put(Programme.MEDICAL, Money.ofFen(t.of(v, YearTally.MEDICAL_FEN)));
    out.put(Programme.EDUCATION, Money.ofFen(t.of(v, YearTally.EDUCATION_FEN)));
    out.put(Programme.HOUSING, Money.ofFen(t.of(v, YearTally.HOUSING_FEN)));
    out.put(Programme.OTHER_ENTITLEMENTS, Money.ofFen(t.of(v, YearTally.OTHER_ENTITLEMENTS_FEN)));
    return out;
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

  private static Map<Programme, Money> byProgramme(YearTally t, CampaignKinds kinds, Allocation allocation, int year,
      LoanProgramme loans) {
    Map<Programme, Money> out = new EnumMap<>(Programme.class);
    long[] granted = new long[Programme.values().length];
    for (int k = 0; k < kinds.size(); k++) {
      granted[kinds.reportedUnder[k].ordinal()] = Math.addExact(granted[kinds.reportedUnder[k].ordinal()], t.kindFen[k]);
    }
    out.put(Programme.DIBAO, Money.ofFen(granted[Programme.DIBAO.ordinal()]));
    out.put(Programme.MEDICAL, Money.ofFen(t.medicalFen));
    out.put(Programme.EDUCATION, Money.ofFen(granted[Programme.EDUCATION.ordinal()]));
    out.put(Programme.HOUSING, Money.ofFen(granted[Programme.HOUSING.ordinal()]));
    out.put(Programme.OTHER_ENTITLEMENTS, Money.ofFen(granted[Programme.OTHER_ENTITLEMENTS.ordinal()]));
    out.put(Programme.PROJECTS, Money.sum(allocation.grants().stream().filter(g -> g.year() == year).map(Grant::amount).toList()));
    if (loans.simulated()) {
      out.put(Programme.LOAN_INTEREST_SUBSIDY, Money.ofFen(t.loanSubsidyFen));
    }
    return out;
  }

  private static Map<String, Money> byKind(YearTally t, CampaignKinds kinds) {
    Map<String, Money> out = new LinkedHashMap<>();
    for (int k = 0; k < kinds.size(); k++) {
      out.put(kinds.kinds.get(k).id(), Money.ofFen(t.kindFen[k]));
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

  private static HouseholdTransfers transfers(long[] fen, TransferDetail detail, CampaignKinds kinds) {
    return new HouseholdTransfers() {
      @Override
      public int size() {
        return fen.length;
      }

      @Override
      public long transfersFen(int household) {
        return fen[household];
      }

      @Override
      public boolean detailed() {
        return detail != null;
      }

      @Override
      public long transfersFen(int household, Programme programme) {
        return detail == null ? HouseholdTransfers.super.transfersFen(household, programme) : detail.fen(household, programme);
      }

      @Override
      public long medicalFen(int household, Payer payer) {
        return detail == null ? HouseholdTransfers.super.medicalFen(household, payer) : detail.fen(household, payer);
      }

      @Override
      public long transfersFen(int household, EntitlementKind kind) {
        if (detail == null) {
          return HouseholdTransfers.super.transfersFen(household, kind);
        }
        return kinds.kinds.contains(kind) ? detail.kindFen(household, kinds.position(kind)) : 0;
      }
    };
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

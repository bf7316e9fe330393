package org.jingzhun.planning.scenario;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.Programme;
import org.jingzhun.planning.simulation.ProgressListener;
import org.jingzhun.planning.simulation.VillageYear;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 方案比较 — runs a baseline and a reform and reports the differences per year, per village and
 * per programme. The reform is run on the baseline's population and seed whatever its own, so
 * that only its book, plan or assumptions differ; both runs work on copies of the population.
 */
public final class ScenarioComparison {
  private ScenarioComparison() {}

  /**
   * Compares {@code reform} with {@code baseline}, each run on every available processor (see
   * {@link CampaignSimulation#run(Scenario)}).
   *
   * @param baseline the scenario as it is
   * @param reform the same scenario with the reform
   * @return year by year, the figures of both runs and their difference
   * @throws ValidationException if the two scenarios are of different counties or runs of
   *     different years, or if either run fails
   */
  public static ComparisonResult compare(Scenario baseline, Scenario reform) {
    return compareWith(baseline, reform, CampaignSimulation::run);
  }

  /**
   * Compares {@code reform} with {@code baseline}, each run with the caller's {@code executor}
   * (see {@link CampaignSimulation#run(Scenario, ProgressListener, Executor)}); the result is the
   * same whatever the executor.
   *
   * @param baseline the scenario as it is
   * @param reform the same scenario with the reform
   * @param executor runs the ranges of households of each year of both runs
   * @return year by year, the figures of both runs and their difference
   * @throws ValidationException if the two scenarios are of different counties or runs of
   *     different years, or if either run fails
   */
  public static ComparisonResult compare(Scenario baseline, Scenario reform, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return compareWith(baseline, reform, s -> CampaignSimulation.run(s, ProgressListener.none(), executor));
  }

  private static ComparisonResult compareWith(Scenario baseline, Scenario reform, Function<Scenario, CampaignResult> runner) {
    if (!baseline.county().equals(reform.county())) {
      throw ValidationException.of("reform.county", reform.county().code(), "must be the baseline's county " + baseline.county().code());
    }
    if (!baseline.plan().years().equals(reform.plan().years())) {
      throw ValidationException.of("reform.plan", reform.plan().firstYear() + "–" + reform.plan().lastYear(),
          "must run the baseline's years " + baseline.plan().firstYear() + "–" + baseline.plan().lastYear());
    }
    Scenario aligned = Scenario.builder().from(reform).population(baseline.population()).seed(baseline.seed()).build();
    CampaignResult base = runner.apply(baseline);
    CampaignResult ref = runner.apply(aligned);
    ComparisonResult.Builder out = ComparisonResult.builder().baseline(base).reform(ref);
    for (int i = 0; i < base.years().size(); i++) {
      out.addYears(year(base.years().get(i), ref.years().get(i)));
    }
    return out.build();
  }

  private static YearDifference year(YearResult b, YearResult r) {
    YearDifference.Builder out = YearDifference.builder().year(b.year())
        .poorHouseholds(Difference.of(b.poorHouseholds(), r.poorHouseholds()))
        .poorPersons(Difference.of(b.poorPersons(), r.poorPersons()))
        .exitedPersons(Difference.of(b.exitedPersons(), r.exitedPersons()))
        .newPoorPersons(Difference.of(b.newPoorPersons(), r.newPoorPersons()))
        .returningPersons(Difference.of(b.returningPersons(), r.returningPersons()))
        .villagesDelisted(Difference.of(b.villagesDelisted(), r.villagesDelisted()))
        .totalSpending(MoneyDifference.of(b.totalSpending(), r.totalSpending()));
    Map<Programme, MoneyDifference> programmes = new EnumMap<>(Programme.class);
    for (Programme p : Programme.values()) {
      if (b.spendingByProgramme().containsKey(p) || r.spendingByProgramme().containsKey(p)) {
        programmes.put(p, MoneyDifference.of(b.spendingByProgramme().getOrDefault(p, Money.ZERO),
            r.spendingByProgramme().getOrDefault(p, Money.ZERO)));
      }
    }
    out.spendingByProgramme(programmes);
    for (int v = 0; v < b.villages().size(); v++) {
      VillageYear bv = b.villages().get(v);
      VillageYear rv = r.villages().get(v);
      out.addVillages(VillageDifference.builder().village(bv.village())
          .poorPersons(Difference.of(bv.poorPersons(), rv.poorPersons()))
          .delistedInBaseline(bv.delisted()).delistedInReform(rv.delisted()).build());
    }
    return out.build();
  }
}

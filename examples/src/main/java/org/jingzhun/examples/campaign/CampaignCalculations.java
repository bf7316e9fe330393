package org.jingzhun.examples.campaign;

import com.google.common.collect.ImmutableList;
import java.util.function.UnaryOperator;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculation;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.allocation.AllocationProblem;
import org.jingzhun.planning.allocation.ExactAllocator;
import org.jingzhun.planning.allocation.GreedyAllocator;
import org.jingzhun.planning.scenario.ComparisonResult;
import org.jingzhun.planning.scenario.ScenarioComparison;
import org.jingzhun.planning.scenario.ScenarioInputs;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 攻坚模拟计算 — {@code simulate} (scenario inputs under the book → the campaign result),
 * {@code compare} (a baseline and a reform → the comparison) and {@code allocate} /
 * {@code allocate-exact} (an allocation problem → the greedy or the exact allocation).
 */
public final class CampaignCalculations {
  public static final Term SIMULATE = Term.of("campaignSimulation", "脱贫攻坚模拟", "campaign simulation");
  public static final Term COMPARE = Term.of("scenarioComparison", "方案比较", "scenario comparison");
  public static final Term ALLOCATE = Term.of("fundAllocation", "资金分配（贪心法）", "allocation of funds (greedy)");
  public static final Term ALLOCATE_EXACT = Term.of("fundAllocationExact", "资金分配（精确解）", "allocation of funds (exact)");
  public static final Term SCENARIO = Term.of("scenario", "情景", "scenario");
  public static final Term SEED = Term.of("seed", "随机种子", "seed");
  public static final Term YEAR_POOR = Term.of("poorPersonsAtYearEnd", "年末贫困人口", "poor persons at the year's end");
  public static final Term YEAR_EXITED = Term.of("exitedPersons", "当年脱贫人口", "persons lifted out in the year");

  /** The name {@code --exact} switches {@code allocate} to. */
  public static final String ALLOCATE_EXACT_NAME = "allocate-exact";

  public static final Calculation<ScenarioInputs, CampaignResult> SIMULATE_CALCULATION = Calculation.of(
      "simulate", SIMULATE, ScenarioInputs.class,
      (inputs, s) -> simulate(inputs, s.book(), Trace.off()),
      (inputs, s) -> {
        RecordingTrace trace = Trace.recording(SIMULATE);
        return new Explained<>(simulate(inputs, s.book(), trace), trace.explanation());
      });

  public static final Calculation<CompareRequest, ComparisonResult> COMPARE_CALCULATION = compareUnder(UnaryOperator.identity());

  /**
   * {@code compare} with the reform run under {@code reformBook} applied to the situation's
   * book (e.g. the book with a reform file laid on it).
   */
  public static Calculation<CompareRequest, ComparisonResult> compareUnder(UnaryOperator<PolicyBook> reformBook) {
    return Calculation.of("compare", COMPARE, CompareRequest.class,
        (request, s) -> compare(request, s.book(), reformBook.apply(s.book()), Trace.off()),
        (request, s) -> {
          RecordingTrace trace = Trace.recording(COMPARE);
          return new Explained<>(compare(request, s.book(), reformBook.apply(s.book()), trace), trace.explanation());
        });
  }

  public static final Calculation<AllocationProblem, Allocation> ALLOCATE_CALCULATION = Calculation.of(
      "allocate", ALLOCATE, AllocationProblem.class,
      (problem, s) -> GreedyAllocator.compute(problem), (problem, s) -> GreedyAllocator.explain(problem));

  public static final Calculation<AllocationProblem, Allocation> ALLOCATE_EXACT_CALCULATION = Calculation.of(
      ALLOCATE_EXACT_NAME, ALLOCATE_EXACT, AllocationProblem.class,
      (problem, s) -> ExactAllocator.compute(problem), (problem, s) -> ExactAllocator.explain(problem));

  private CampaignCalculations() {}

  /** Every calculation of this class, in the order they are offered. */
  public static ImmutableList<Calculation<?, ?>> all() {
    return ImmutableList.of(SIMULATE_CALCULATION, COMPARE_CALCULATION, ALLOCATE_CALCULATION, ALLOCATE_EXACT_CALCULATION);
  }

  /** The run of {@code inputs} under {@code book}, telling {@code trace} each year's poor persons and exits. */
  public static CampaignResult simulate(ScenarioInputs inputs, PolicyBook book, Trace trace) {
    trace.input(SCENARIO, inputs.name()).input(SEED, inputs.seed());
    CampaignResult result = CampaignSimulation.run(inputs.withBook(book));
    years(result, trace);
    trace.result(result.scenario());
    return result;
  }

  /**
   * The baseline under {@code baselineBook} against the reform (the request's, or else the
   * baseline's inputs again) under {@code reformBook}.
   */
  public static ComparisonResult compare(CompareRequest request, PolicyBook baselineBook, PolicyBook reformBook, Trace trace) {
    ScenarioInputs reform = request.reform().orElse(request.baseline());
    trace.input(SCENARIO, request.baseline().name()).input(SEED, request.baseline().seed());
    ComparisonResult result = ScenarioComparison.compare(request.baseline().withBook(baselineBook), reform.withBook(reformBook));
    years(result.reform(), trace.rule(Term.of("reform", "改革方案", "reform")));
    return result;
  }

  private static void years(CampaignResult result, Trace trace) {
    if (trace.isOn()) {
      for (YearResult y : result.years()) {
        trace.rule(Term.of("year" + y.year(), y.year() + "年", "year " + y.year()))
            .amount(YEAR_POOR, y.poorPersons()).amount(YEAR_EXITED, y.exitedPersons());
      }
    }
  }
}

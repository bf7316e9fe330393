package org.jingzhun.examples.research;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.eligibility.policy.PovertyLine;
import org.jingzhun.examples.district.DemonstrationDistrict;
import org.jingzhun.examples.district.DistrictGenerator;
import org.jingzhun.examples.report.Table;
import org.jingzhun.examples.report.TextTable;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.allocation.AllocationProblem;
import org.jingzhun.planning.allocation.ExactAllocator;
import org.jingzhun.planning.allocation.GreedyAllocator;
import org.jingzhun.planning.allocation.Objective;
import org.jingzhun.planning.allocation.VillageSummary;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.population.Population;

/**
 * 固定预算下的项目选择 — which projects a fixed budget buys first. Takes the projects of the first
 * three poor villages of the synthetic demonstration district (21 projects, few enough for the
 * exact search), gives them one pooled budget a year, and compares the greedy allocator (best
 * persons lifted out per yuan first) with the exact one (the best set), both maximising persons
 * lifted out. Run: {@code jingzhun example projects-under-budget}.
 */
public final class ProjectsUnderBudget {
  public static final String NAME = "projects-under-budget";

  /** The pooled budget a year: a demonstration assumption, small enough that choices matter. */
  private static final Money BUDGET_PER_YEAR = Money.ofYuan("2500000.00");
  /** The villages whose projects make the small library. */
  private static final int VILLAGES = 3;
  /** The demonstration district's seed. */
  private static final long SEED = 2016L;
  /** The year-end whose rules value the projects: the poverty line and the village exit line. */
  private static final LocalDate VALUED_ON = LocalDate.of(2015, 12, 31);

  public static final String CHINESE = "固定预算下的项目选择：贪心与精确";
  public static final String ENGLISH = "choosing projects under a fixed budget: greedy and exact";

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    new ProjectsUnderBudget().run(out);
  }

  /** The example's inputs and their defaults. */
  public static final List<ExampleInputs.Input> INPUTS = List.of(
      new ExampleInputs.Input("budget", BUDGET_PER_YEAR.toString(), "the pooled budget a year (yuan)"),
      new ExampleInputs.Input("villages", String.valueOf(VILLAGES), "the poor villages whose projects compete (the exact allocator takes at most 40 projects)"),
      new ExampleInputs.Input("seed", String.valueOf(SEED), "the seed of the synthetic district"));

  /** Runs the example with the default inputs, printing its tables on {@code out}. */
  public void run(PrintWriter out) {
    run(ExampleInputs.defaults(INPUTS), out);
  }

  /** Runs the example with {@code inputs}, printing its tables on {@code out}. */
  public void run(ExampleInputs inputs, PrintWriter out) {
    Money budgetPerYear = inputs.money("budget");
    int villageCount = (int) inputs.whole("villages", 1, 10);
    long seed = inputs.whole("seed", 0, Long.MAX_VALUE);
    // 1. The synthetic district (a small one will do: 20,000 households) and the demonstration book.
    DemonstrationDistrict district = DistrictGenerator.shipped().generate(seed, 20_000);
    PolicyBook book = PolicyBook.shipped();
    List<Village> villages = district.county().villages().stream().filter(Village::poorVillage).limit(villageCount).toList();

    // 2. A small library: those villages' projects, and one pooled source with the fixed budget.
    Plan full = district.plan();
    List<Project> projects = full.library().projects().stream()
        .filter(p -> villages.stream().anyMatch(v -> p.sites().get(0).village().equals(v.code()))).toList();
    FundingSource budget = FundingSource.builder().id("budget").name("固定预算（演示）").pooled(true)
        .putAllAmountByYear(full.years().stream().collect(java.util.stream.Collectors.toMap(y -> y, y -> budgetPerYear))).build();
    Plan plan = Plan.builder().from(full).library(ProjectLibrary.builder().addAllVillages(villages).addAllProjects(projects).build())
        .sources(List.of(budget)).build();

    // 3. What each village's poor need: persons, households and the income gap to the line of the
    //    year (read from the policy book), summed over its registered poor households.
    List<VillageSummary> summaries = villages.stream().map(v -> summary(district.population(), v, book)).toList();
    AllocationProblem problem = AllocationProblem.builder().plan(plan).objective(Objective.PERSONS_LIFTED_OUT)
        .summaries(summaries).build();

    // 4. Both allocators on the same problem.
    Allocation greedy = GreedyAllocator.compute(problem);
    Allocation exact = ExactAllocator.compute(problem);

    out.println(DemonstrationDistrict.SYNTHETIC);
    out.println(ENGLISH + ": " + projects.size() + " projects in " + villages.size() + " poor villages, "
        + budgetPerYear + " yuan a year");
    Table.Builder table = Table.builder("allocators", "allocator", "persons lifted out", "projects chosen", "spent (yuan)");
    for (Allocation a : List.of(greedy, exact)) {
      table.row(a.method().english(), String.valueOf(a.value()), String.valueOf(a.chosenProjectIds().size()), a.totalSpent().toString());
    }
    out.print(TextTable.render(table.build()));
    out.println("exact minus greedy: " + (exact.value() - greedy.value()) + " persons");
    out.println("chosen by exact only: " + exact.chosenProjectIds().stream().filter(id -> !greedy.chosenProjectIds().contains(id)).toList());
    out.flush();
  }

  private static VillageSummary summary(Population p, Village v, PolicyBook book) {
    Money line = PovertyLine.of(book, v.code(), VALUED_ON).perPersonPerYear();
    int persons = 0;
    int households = 0;
    long gapFen = 0;
    for (int h = 0; h < p.size(); h++) {
      if (p.registeredPoor(h) && p.village(h).equals(v.code())) {
        households++;
        persons += p.memberCount(h);
        gapFen += Math.max(0, line.fen() * p.memberCount(h) - p.netIncomeFen(h));
      }
    }
    return VillageSummary.builder().village(v.code()).poorPersons(persons).poorHouseholds(households)
        .incomeGap(Money.ofFen(gapFen)).registeredPopulation(v.registeredPopulation())
        .exitThreshold(book.get(VillageExitRules.INCIDENCE_MAX, v.code(), VALUED_ON).share()).build();
  }
}

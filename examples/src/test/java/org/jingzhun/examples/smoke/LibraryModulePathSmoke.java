package org.jingzhun.examples.smoke;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.exit.ExitAssessment;
import org.jingzhun.eligibility.exit.VillageExitCase;
import org.jingzhun.eligibility.exit.VillageExitRules;
import org.jingzhun.eligibility.identification.Identification;
import org.jingzhun.eligibility.identification.IdentificationRules;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.schedule.RepaymentSchedule;
import org.jingzhun.finance.subsidy.InterestSubsidy;
import org.jingzhun.finance.subsidy.SubsidyPolicy;
import org.jingzhun.finance.subsidy.SubsidyStatement;
import org.jingzhun.planning.allocation.Allocation;
import org.jingzhun.planning.allocation.AllocationProblem;
import org.jingzhun.planning.allocation.GreedyAllocator;
import org.jingzhun.planning.allocation.Objective;
import org.jingzhun.planning.allocation.VillageSummary;
import org.jingzhun.planning.campaign.Plan;
import org.jingzhun.planning.funding.FundingSource;
import org.jingzhun.planning.plan.Project;
import org.jingzhun.planning.plan.ProjectEffects;
import org.jingzhun.planning.plan.ProjectLibrary;
import org.jingzhun.planning.plan.ProjectSite;
import org.jingzhun.planning.plan.ProjectType;

/**
 * Run by {@link LibraryModulePathIT} in a separate JVM with core, eligibility, finance, planning
 * and their dependencies on the module path, this class on the class path: loads the shipped
 * policy book (each module's {@code provides … PolicyResources} found by ServiceLoader), computes
 * with each library module and round-trips an input and a result of each through JSON (each
 * package's {@code opens}), and checks that Jackson can reach every JSON type of every module.
 * Prints "ok"; any failure ends it with a stack trace and status 1.
 */
public final class LibraryModulePathSmoke {
  private static final RegionCode VILLAGE = RegionCode.of("511902101201");

  private LibraryModulePathSmoke() {}

  public static void main(String[] args) {
    PolicyBook book = PolicyBook.shipped();
    // a parameter that each module ships: found only if its provides line and service file work
    book.get("finance.microcredit.maxPrincipal", VILLAGE, LocalDate.of(2019, 6, 1));
    book.get(DibaoRules.STANDARD, VILLAGE, LocalDate.of(2015, 8, 1));
    eligibility(book);
    finance(book);
    planning();
    modules().forEach(LibraryModulePathSmoke::everyJsonTypeIsReachable);
    System.out.println("ok");
  }

  private static void eligibility(PolicyBook book) {
    LocalDate date = LocalDate.of(2017, 6, 1);
    VillageExitCase c = VillageExitCase.builder().registeredPoorPersons(20)
        .village(Village.builder().code(VILLAGE).name("一村").registeredPopulation(1000)
            .hardenedRoad(true).clinic(true).broadband(true).collectiveIncome(Money.ofYuan(1)).build())
        .build();
    roundTrip(c, VillageExitCase.class);
    roundTrip(VillageExitRules.compute(c, book, date), ExitAssessment.class);
    Household h = JingzhunJson.read("""
        {"id": "H1", "village": "511902101201", "housing": "B", "safeDrinkingWater": true,
         "income": {"wages": "2000.00"},
         "members": [{"id": "P1", "birthDate": "1970-05-01", "relationship": "HEAD", "labourCapacity": "FULL"}]}
        """, Household.class);
    roundTrip(IdentificationRules.compute(h, book, LocalDate.of(2015, 8, 1)), Identification.class);
  }

  private static void finance(PolicyBook book) {
    LoanTerms loan = LoanTerms.builder().id("XD-001").bank("B").borrower("H1").region(VILLAGE)
        .principal(Money.ofYuan(50_000)).rate(AnnualRate.ofPercent("4.75"))
        .disbursementDate(LocalDate.of(2019, 3, 20)).maturityDate(LocalDate.of(2022, 3, 20))
        .method(RepaymentMethod.INTEREST_THEN_PRINCIPAL).frequency(Frequency.QUARTERLY).build();
    roundTrip(loan, LoanTerms.class);
    roundTrip(RepaymentSchedule.of(loan, book), RepaymentSchedule.class);
    SubsidyPolicy policy = SubsidyPolicy.povertyMicrocredit(book, VILLAGE, LocalDate.of(2019, 6, 1));
    roundTrip(policy, SubsidyPolicy.class);
    roundTrip(InterestSubsidy.compute(loan, LoanHistory.none(), policy, book, LocalDate.of(2022, 3, 20)), SubsidyStatement.class);
  }

  private static void planning() {
    Project road = Project.builder().id("ROAD-1").name("通村公路").type(ProjectType.ROAD)
        .putAllCostByYear(Project.totalCostOver(Money.ofYuan(50_000), 2017, 2017))
        .addSites(ProjectSite.wholeVillage(VILLAGE))
        .effects(ProjectEffects.builder().incomeUpliftPerHousehold(Money.ofYuan(300)).basis("smoke").build()).build();
    Plan plan = Plan.builder().id("p").name("规划").firstYear(2017).lastYear(2017)
        .library(ProjectLibrary.builder()
            .addVillages(Village.builder().code(VILLAGE).name("一村").registeredPopulation(900).poorVillage(true).build())
            .addProjects(road).build())
        .addSources(FundingSource.builder().id("S1").name("财政专项扶贫资金").putAmountByYear(2017, Money.ofYuan(80_000))
            .addEarmarks(ProjectType.ROAD).build())
        .build();
    AllocationProblem problem = AllocationProblem.builder().plan(plan).objective(Objective.POOR_PERSONS_SERVED)
        .addSummaries(VillageSummary.builder().village(VILLAGE).poorPersons(60).poorHouseholds(20)
            .incomeGap(Money.ofYuan(20_000)).registeredPopulation(900).exitThreshold(Share.parse("3%")).build())
        .build();
    roundTrip(problem, AllocationProblem.class);
    roundTrip(GreedyAllocator.compute(problem), Allocation.class);
  }

  private static <T> void roundTrip(T value, Class<T> type) {
    String json = JingzhunJson.write(value);
    T back = JingzhunJson.read(json, type);
    if (!back.equals(value)) {
      throw new AssertionError(type.getSimpleName() + " did not round-trip through JSON:\n" + json);
    }
  }

  /**
   * Every JSON type of {@code moduleName} (each class annotated {@code @JsonDeserialize}, in
   * whichever package): Jackson can build its deserializer and the serializer of its
   * implementation, which it cannot when the package is not opened to it.
   */
  private static void everyJsonTypeIsReachable(String moduleName) {
    Module module = ModuleLayer.boot().findModule(moduleName)
        .orElseThrow(() -> new AssertionError(moduleName + " is not in the boot layer"));
    ModuleReference reference = ModuleLayer.boot().configuration().findModule(moduleName).orElseThrow().reference();
    List<String> classes;
    try (ModuleReader reader = reference.open(); Stream<String> entries = reader.list()) {
      classes = entries.filter(e -> e.endsWith(".class") && !e.contains("$") && !e.endsWith("module-info.class"))
          .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.')).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int checked = 0;
    for (String name : classes) {
      Class<?> type = Class.forName(module, name);
      JsonDeserialize in = type == null ? null : type.getAnnotation(JsonDeserialize.class);
      if (in == null) {
        continue;
      }
      try {
        JingzhunJson.read("{}", type);
      } catch (ValidationException expected) {
        // an empty object lacks required fields: the deserializer was built and ran
      }
      checked++;
    }
    if (checked == 0) {
      throw new AssertionError(moduleName + " has no JSON types: the scan found nothing");
    }
  }

  /** The library's modules, resolved as named modules. */
  static List<String> modules() {
    return List.of("org.jingzhun.core", "org.jingzhun.eligibility", "org.jingzhun.finance", "org.jingzhun.planning");
  }
}

package org.jingzhun.examples.summary;

import java.math.RoundingMode;
import java.time.LocalDate;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.examples.calculation.Calculation;

/**
 * 户情概况计算 — summarises a household on a date. Per-capita net income = (gross income −
 * production costs) / members, rounded half-up to the fen, as the register records it. Reads
 * no policy parameter; the date only checks that no member is born after it.
 */
public final class HouseholdSummaries {
  public static final Term RULE = Term.of("householdSummary", "户情概况", "household summary");
  public static final Term MEMBERS = Term.of("members", "家庭人口", "members");
  public static final Term GROSS_INCOME = Term.of("grossIncome", "家庭总收入", "gross income");
  public static final Term PRODUCTION_COSTS = Term.of("productionCosts", "生产经营费用", "production costs");
  public static final Term NET_INCOME = Term.of("netIncome", "家庭纯收入", "net income");
  public static final Term PER_CAPITA_NET_INCOME = Term.of("perCapitaNetIncome", "人均纯收入", "per-capita net income");
  public static final Term RIGID_SPENDING = Term.of("rigidSpending", "刚性支出", "rigid spending");

  /** The registration of this calculation for the command line and case files. */
  public static final Calculation<Household, HouseholdSummary> CALCULATION = Calculation.of(
      "household-summary", RULE, Household.class,
      (household, s) -> compute(household, s.date()),
      (household, s) -> explain(household, s.date()));

  /** Where per-capita income is rounded to the fen, as the register records it. */
  private static final RoundingMode PER_CAPITA_ROUNDING = RoundingMode.HALF_UP;

  private HouseholdSummaries() {}

  /**
   * The summary of {@code household} on {@code date}.
   *
   * @throws ValidationException if a member is born after {@code date}
   */
  public static HouseholdSummary compute(Household household, LocalDate date) {
    return summarise(household, date, Trace.off());
  }

  /** The summary with its derivation; see {@link #compute}. */
  public static Explained<HouseholdSummary> explain(Household household, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    HouseholdSummary summary = summarise(household, date, trace);
    return new Explained<>(summary, trace.explanation());
  }

  static HouseholdSummary summarise(Household household, LocalDate date, Trace trace) {
    household.checkOn(date);
    int members = household.size();
    Money gross = household.income().gross();
    Money costs = household.income().productionCosts();
    Money net = gross.minus(costs);
    Money perCapita = net.dividedBy(members, PER_CAPITA_ROUNDING);
    Money rigid = household.totalRigidSpending();
    trace.input(MEMBERS, members).input(GROSS_INCOME, gross).input(PRODUCTION_COSTS, costs)
        .amount(NET_INCOME, net).amount(PER_CAPITA_NET_INCOME, perCapita).amount(RIGID_SPENDING, rigid);
    HouseholdSummary summary = HouseholdSummary.builder()
        .householdId(household.id())
        .size(members)
        .labourers(count(household, p -> p.labourCapacity() == LabourCapacity.FULL))
        .severelyDisabled(count(household, Person::hasSevereDisability))
        .inSchool(count(household, Person::inSchool))
        .grossIncome(gross)
        .productionCosts(costs)
        .netIncome(net)
        .perCapitaNetIncome(perCapita)
        .rigidSpending(rigid)
        .build();
    trace.result(perCapita);
    return summary;
  }

  private static int count(Household household, java.util.function.Predicate<Person> which) {
    return (int) household.members().stream().filter(which).count();
  }
}

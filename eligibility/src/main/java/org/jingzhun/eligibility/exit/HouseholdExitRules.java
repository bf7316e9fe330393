package org.jingzhun.eligibility.exit;

import org.jingzhun.eligibility.policy.LinkedIncomeTreatment;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.EnumSet;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.identification.GuaranteeDeficit;
import org.jingzhun.eligibility.identification.Guarantees;
import org.jingzhun.eligibility.identification.SchoolAge;
import org.jingzhun.eligibility.policy.IncomeTest;
import org.jingzhun.eligibility.policy.PovertyLine;

/**
 * 贫困户退出 — household exit (厅字〔2016〕16号): per-capita net income above
 * {@code exit.household.income-multiple} × the line of the year, and of each of the
 * {@code exit.household.stable-years} − 1 years before above that year's line (stability); compulsory
 * education, basic medical care and safe housing guaranteed; safe water where
 * {@code exit.household.requires-safe-water} says so. Food and clothing are taken as secure when income passes. Where
 * {@code exit.standard} is {@link ExitStandard#SICHUAN} (一超六有), safe water,
 * household electricity and radio and television are required too.
 */
public final class HouseholdExitRules {
  /**
   * The parameter {@code exit.household.income-multiple}: multiple of the year's line that per-capita income must exceed for
   * household exit (户退出收入须超过当年扶贫标准的倍数).
   */
  public static final ParameterKey<BigDecimal> INCOME_MULTIPLE = ParameterKey.decimal("exit.household.income-multiple");
  /**
   * The parameter {@code exit.household.stable-years}: consecutive years (this one included) income must exceed the line
   * (收入须连续超过标准的年数（含当年）).
   */
  public static final ParameterKey<Integer> STABLE_YEARS = ParameterKey.count("exit.household.stable-years");
  /** The parameter {@code exit.household.requires-safe-water}: household exit requires safe drinking water (户退出须饮水安全). */
  public static final ParameterKey<Boolean> SAFE_WATER = ParameterKey.flag("exit.household.requires-safe-water");

  /** The term 贫困户退出核查 (household exit test), as explanations print it. */
  public static final Term RULE = Term.of("exit.household", "贫困户退出核查", "household exit test");
  /** The term 当年扶贫标准 (the year's poverty line), as explanations print it. */
  public static final Term LINE = Term.of("line", "当年扶贫标准", "the year's poverty line");

  private final PolicyBook book;
  private final RegionCode region;
  private final LocalDate date;
  private final PovertyLine line;
  private final Reading multiple;
  private final Reading stableYears;
  private final Reading water;
  private final Reading standard;
  private final Optional<Reading> linkedIncome;
  private final ExitStandard set;
  private final SchoolAge schoolAge;

  /**
   * Records in {@code read} every parameter these rules read: the line of the year, and the
   * lines of the earlier years that the income must also have exceeded.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    PovertyLine.need(read);
    read.need(INCOME_MULTIPLE);
    read.need(SAFE_WATER);
    read.need(ExitStandard.PARAMETER);
    LinkedIncomeTreatment.need(read, LinkedIncomeTreatment.EXIT);
    SchoolAge.need(read);
    read.need(STABLE_YEARS).ifPresent(years -> {
      for (int k = 1; k < years.integer(); k++) {
        PovertyLine.need(read.lagged(read.date().minusYears(k), "收入须连续" + years.integer() + "年超过当年标准",
            "income must have exceeded each year's line for " + years.integer() + " years"));
      }
    });
  }

  private HouseholdExitRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, HouseholdExitRules::need);
    this.book = book;
    this.region = region;
    this.date = date;
    this.line = PovertyLine.of(book, region, date);
    this.multiple = book.get(INCOME_MULTIPLE, region, date);
    this.stableYears = book.get(STABLE_YEARS, region, date);
    this.water = book.get(SAFE_WATER, region, date);
    this.standard = book.get(ExitStandard.PARAMETER, region, date);
    this.set = ExitStandard.of(standard);
    this.linkedIncome = LinkedIncomeTreatment.resolve(book, LinkedIncomeTreatment.EXIT, region, date);
    this.schoolAge = SchoolAge.resolve(book, region, date);
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}, resolved once per book, region
   * and date and then reused (a lookup on later calls)}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static HouseholdExitRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(HouseholdExitRules.class, region, date, HouseholdExitRules::new);
  }

  /**
   * {@return the exit assessment of {@code c} with the rules of its household's village on
   * {@code date}, without explanation}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static ExitAssessment compute(HouseholdExitCase c, PolicyBook book, LocalDate date) {
    return resolve(book, c.household().village(), date).assess(c, Trace.off());
  }

  /**
   * {@return the exit assessment of {@code c} with the rules of its household's village on
   * {@code date}, with its derivation: every rule, input, parameter and source}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static Explained<ExitAssessment> explain(HouseholdExitCase c, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    ExitAssessment result = resolve(book, c.household().village(), date).assess(c, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * Assesses the exit of {@code c}'s household.
   *
   * @param c the case
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return every criterion with pass or fail, the figure found and the figure required
   * @throws ValidationException if fewer earlier incomes are given than the stability rule
   *     needs, or a member is born after the date
   */
  public ExitAssessment assess(HouseholdExitCase c, Trace trace) {
    Household h = c.household();
    org.jingzhun.eligibility.identification.Households.checkBornBy(h, date);
    int earlierYears = stableYears.value(STABLE_YEARS) - 1;
    if (c.earlierNetIncomes().size() < earlierYears) {
      throw ValidationException.of("earlierNetIncomes", c.earlierNetIncomes().size() + " given",
          "the stability rule " + STABLE_YEARS.name() + " = " + stableYears.value(STABLE_YEARS) + " for region " + region
              + " on " + date + " needs the net incomes of the " + earlierYears + " years before");
    }
    line.cite(trace);
    trace.parameter(multiple).parameter(stableYears).parameter(water).parameter(standard);
    if (linkedIncome.isPresent()) { // no method reference: it would be allocated on every household's call
      trace.parameter(linkedIncome.get());
    }
    BigDecimal m = multiple.value(INCOME_MULTIPLE);
    ExitAssessment.Builder out = ExitAssessment.builder();
    Money lineNow = line.perPersonPerYear();
    boolean incomeOk = IncomeTest.above(h.netIncome(), h.size(), lineNow, m);
    out.addCriteria(CriterionResult.of(ExitCriterion.INCOME, incomeOk, h.perCapitaNetIncome(), "> " + required(lineNow, m)));
    if (earlierYears > 0) {
      boolean stable = true;
      StringBuilder actual = new StringBuilder();
      StringBuilder req = new StringBuilder();
      for (int k = 1; k <= earlierYears; k++) {
        PovertyLine earlier = PovertyLine.of(book, region, date.minusYears(k));
        earlier.cite(trace);
        Money income = c.earlierNetIncomes().get(k - 1);
        stable &= IncomeTest.above(income, h.size(), earlier.perPersonPerYear(), m);
        actual.append(k == 1 ? "" : ", ").append(income.dividedBy(h.size(), java.math.RoundingMode.HALF_UP));
        req.append(k == 1 ? "> " : ", > ").append(required(earlier.perPersonPerYear(), m));
      }
      out.addCriteria(CriterionResult.of(ExitCriterion.INCOME_STABLE, stable, actual, req.toString()));
    }
    EnumSet<GuaranteeDeficit> deficits = Guarantees.deficits(h, date, schoolAge);
    schoolAge.cite(trace);
    out.addCriteria(guarantee(ExitCriterion.COMPULSORY_EDUCATION, deficits, GuaranteeDeficit.CHILD_OUT_OF_SCHOOL));
    out.addCriteria(guarantee(ExitCriterion.BASIC_MEDICAL, deficits, GuaranteeDeficit.UNINSURED));
    out.addCriteria(guarantee(ExitCriterion.SAFE_HOUSING, deficits, GuaranteeDeficit.UNSAFE_HOUSING));
    if (water.value(SAFE_WATER) || set == ExitStandard.SICHUAN) {
      out.addCriteria(guarantee(ExitCriterion.SAFE_WATER, deficits, GuaranteeDeficit.UNSAFE_WATER));
    }
    if (set == ExitStandard.SICHUAN) {
      out.addCriteria(CriterionResult.of(ExitCriterion.HOUSEHOLD_ELECTRICITY, c.electricity(), c.electricity() ? "yes" : "no", "yes"));
      out.addCriteria(CriterionResult.of(ExitCriterion.RADIO_TELEVISION, c.radioAndTelevision(),
          c.radioAndTelevision() ? "yes" : "no", "yes"));
    }
    ExitAssessment result = out.build();
    if (trace.isOn()) {
      trace.amount(LINE, lineNow);
      result.criteria().forEach(r -> trace.amount(r.criterion().term(), (r.passed() ? "✓ " : "✗ ") + r.actual() + " (" + r.required() + ")"));
      trace.result(result.passed());
    }
    return result;
  }

  private static String required(Money line, BigDecimal multiple) {
    return multiple.compareTo(BigDecimal.ONE) == 0 ? line.toString() : line + " × " + multiple.toPlainString();
  }

  private static CriterionResult guarantee(ExitCriterion c, EnumSet<GuaranteeDeficit> deficits, GuaranteeDeficit d) {
    boolean ok = !deficits.contains(d);
    return CriterionResult.of(c, ok, ok ? "yes" : "no", "yes");
  }
}

package org.jingzhun.eligibility.identification;

import org.jingzhun.eligibility.policy.LinkedIncomeTreatment;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.eligibility.entitlement.HouseholdFacts;
import org.jingzhun.core.household.LabourCapacity;
import org.jingzhun.core.household.Person;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.dibao.DibaoRules;
import org.jingzhun.eligibility.policy.IncomeTest;
import org.jingzhun.eligibility.policy.LineMultiple;
import org.jingzhun.eligibility.policy.PovertyLine;

/**
 * 贫困识别规则 — identification of a poor household (扶贫开发建档立卡工作方案, 国开办发〔2014〕24号),
 * resolved once for a region and date and reusable across households.
 *
 * <p>A household is poor when its per-capita net income is below the identification line
 * (the line of the year {@code identification.line-year-lag} years before), or when its guarantee deficits weigh
 * at least {@code identification.deficit-threshold} and its income is below {@code identification.deficit-income-multiple} × the
 * line. Its category: extreme-poverty support when no member can work and it has no wages,
 * business or property income; dibao when per-capita income is below the rural dibao
 * standard; general otherwise. Where monitoring is in force, a household not poor is monitored
 * when its income is below {@code monitoring.income-multiple} × the line of the year (the line in
 * force on the date, not the lagged identification line: 防返贫监测 compares with the current
 * standard), or its rigid spending on illness, disability and disaster exceeds
 * {@code monitoring.rigid-spending-multiple} × its net income.
 *
 * <p>Poverty and category are computed on plain numbers ({@link #isPoor}, {@link #category}:
 * net income in fen, members, a deficit mask), allocating nothing; {@link #identify} computes
 * through the same methods and adds the reasons, figures and explanation.
 */
public final class IdentificationRules {
  /**
   * The parameter {@code identification.line-year-lag}: years by which the identification line lags the registration year (the
   * 2014 registration used the 2013 line of 2,736) (识别所用扶贫标准的年份滞后（2014年建档立卡用2013年标准2736元）).
   */
  public static final ParameterKey<Integer> LINE_LAG = ParameterKey.count("identification.line-year-lag");
  /**
   * The parameter {@code identification.deficit-income-multiple}: income limit, as a multiple of the line, under which guarantee deficits
   * make a household poor (存在“三保障”短板时识别收入上限（扶贫标准的倍数）).
   */
  public static final ParameterKey<BigDecimal> DEFICIT_MULTIPLE = ParameterKey.decimal("identification.deficit-income-multiple");
  /** The parameter {@code identification.deficit-weights}: weights of the guarantee deficits (“两不愁三保障”短板的权重). */
  public static final ParameterKey<Map<GuaranteeDeficit, BigDecimal>> DEFICIT_WEIGHTS =
      ParameterKey.map("identification.deficit-weights", GuaranteeDeficit.class, BigDecimal.class);
  /**
   * The parameter {@code identification.deficit-threshold}: deficit weight at or above which a household counts as lacking the
   * guarantees (短板权重合计达到此值即视为有“三保障”问题).
   */
  public static final ParameterKey<Integer> DEFICIT_THRESHOLD = ParameterKey.count("identification.deficit-threshold");
  /**
   * The parameter {@code monitoring.income-multiple}: monitoring income threshold as a multiple of the line
   * (监测对象收入线（扶贫标准的倍数）).
   */
  public static final ParameterKey<BigDecimal> MONITORING_MULTIPLE = ParameterKey.decimal("monitoring.income-multiple");
  /**
   * The parameter {@code monitoring.rigid-spending-multiple}: rigid spending above this multiple of net income flags a household
   * (刚性支出超过家庭纯收入的倍数即纳入监测).
   */
  public static final ParameterKey<BigDecimal> RIGID_MULTIPLE = ParameterKey.decimal("monitoring.rigid-spending-multiple");

  private static final int MONTHS = 12;
  /** The category of a poor household with labour: index 1 if its income is below the dibao standard. */
  private static final PovertyCategory[] BY_DIBAO_TEST = {PovertyCategory.GENERAL, PovertyCategory.DIBAO};

  private final LocalDate date;
  private final Reading lag;
  private final PovertyLine identificationLine;
  private final Reading deficitMultiple;
  private final Reading deficitWeights;
  private final Reading deficitThreshold;
  private final Optional<Reading> linkedIncome;
  private final PolicyBook book;
  private final RegionCode region;
  private final Optional<Reading> dibaoStandard;
  private final Optional<Reading> monitoringMultiple;
  private final Optional<Reading> rigidMultiple;
  private final Optional<PovertyLine> monitoringLine;
  private final SchoolAge schoolAge;
  private final Map<GuaranteeDeficit, BigDecimal> weights;
  private final long lineFen;
  private final LineMultiple deficitIncomeMultiple;
  /** For each deficit mask, whether its deficits weigh enough (never for the empty mask). */
  private final boolean[] deficitsWeighEnough;
  /** The dibao standard × 12 in fen, read on the hot path without unboxing; valid if {@link #hasDibaoAnnual}. */
  private final long dibaoAnnualFen;
  private final boolean hasDibaoAnnual;
  /** Births (epoch days) after this one and on or before {@link #bornByDay} are of school age on the date. */
  private final int bornAfterDay;
  private final int bornByDay;

  /**
   * Records in {@code read} every parameter these rules read: the identification line on the
   * lagged date, and the year's own line where monitoring is in force.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(DEFICIT_MULTIPLE);
    LinkedIncomeTreatment.need(read, LinkedIncomeTreatment.IDENTIFICATION);
    read.need(DEFICIT_WEIGHTS);
    read.need(DEFICIT_THRESHOLD);
    read.ifInForce(DibaoRules.STANDARD);
    read.ifInForce(RIGID_MULTIPLE);
    SchoolAge.need(read);
    read.need(LINE_LAG).ifPresent(lag -> PovertyLine.need(read.lagged(read.date().minusYears(lag.value(LINE_LAG)),
        "识别采用" + lag.value(LINE_LAG) + "年前的扶贫标准",
        "identification reads the poverty line of " + lag.value(LINE_LAG) + " year(s) before (the line lags)")));
    read.ifInForce(MONITORING_MULTIPLE).ifPresent(m -> PovertyLine.need(read));
  }

  private IdentificationRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, IdentificationRules::need);
    this.date = date;
    this.lag = book.get(LINE_LAG, region, date);
    this.identificationLine = PovertyLine.of(book, region, date.minusYears(lag.value(LINE_LAG)));
    this.deficitMultiple = book.get(DEFICIT_MULTIPLE, region, date);
    this.deficitWeights = book.get(DEFICIT_WEIGHTS, region, date);
    this.deficitThreshold = book.get(DEFICIT_THRESHOLD, region, date);
    this.book = book;
    this.region = region;
    // read only for poor households: a region may identify without a dibao standard in force
    this.dibaoStandard = book.find(DibaoRules.STANDARD, region, date);
    // monitoring exists only where and when its parameters are in force (from 2020)
    this.monitoringMultiple = book.find(MONITORING_MULTIPLE, region, date);
    this.rigidMultiple = book.find(RIGID_MULTIPLE, region, date);
    // the year's own line, read only for households not poor where monitoring is in force
    this.monitoringLine = monitoringMultiple.isPresent() ? PovertyLine.find(book, region, date) : Optional.empty();
    this.schoolAge = SchoolAge.resolve(book, region, date);
    this.linkedIncome = LinkedIncomeTreatment.resolve(book, LinkedIncomeTreatment.IDENTIFICATION, region, date);
    this.bornAfterDay = schoolAge.bornAfterDay(date);
    this.bornByDay = schoolAge.bornByDay(date);
    this.weights = new EnumMap<>(deficitWeights.value(DEFICIT_WEIGHTS));
    this.lineFen = identificationLine.perPersonPerYear().fen();
    this.deficitIncomeMultiple = LineMultiple.of(deficitMultiple.value(DEFICIT_MULTIPLE));
    this.deficitsWeighEnough = new boolean[GuaranteeDeficit.MASKS];
    BigDecimal threshold = BigDecimal.valueOf(deficitThreshold.value(DEFICIT_THRESHOLD));
    for (int mask = 1; mask < GuaranteeDeficit.MASKS; mask++) {
      deficitsWeighEnough[mask] = score(mask).compareTo(threshold) >= 0;
    }
    this.hasDibaoAnnual = dibaoStandard.isPresent();
    this.dibaoAnnualFen = hasDibaoAnnual ? dibaoStandard.get().value(DibaoRules.STANDARD).yearly().fen() : 0;
  }

  /**
   * {@return the rules in force for {@code region} on {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException naming the parameter, region and
   *     date of the first parameter not in force
   */
  public static IdentificationRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(IdentificationRules.class, region, date, IdentificationRules::new);
  }

  /**
   * Identifies {@code household} on {@code date} with the parameters of its village.
   *
   * @param household the household
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @return poor or not, the category, the reasons, the guarantee deficits and the monitoring flags
   */
  public static Identification compute(Household household, PolicyBook book, LocalDate date) {
    return resolve(book, household.village(), date).identify(household, Trace.off());
  }

  /**
   * {@return {@link #compute} with its explanation}
   *
   * @param household the household
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   */
  public static Explained<Identification> explain(Household household, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(IdentificationTerms.RULE);
    Identification result = resolve(book, household.village(), date).identify(household, trace);
    return new Explained<>(result, trace.explanation());
  }

  /** {@return the date the rules were resolved for} */
  public LocalDate date() {
    return date;
  }

  /** {@return the school-age rule in force} */
  public SchoolAge schoolAge() {
    return schoolAge;
  }

  /** {@return the identification line, in fen per person per year} */
  public long identificationLineFen() {
    return lineFen;
  }

  /**
   * {@return the dibao standard × 12 in fen per person per year that decides the dibao category of
   * a poor household, when a dibao standard is in force for the region and date}
   */
  public OptionalLong dibaoCategoryTestFen() {
    return hasDibaoAnnual ? OptionalLong.of(dibaoAnnualFen) : OptionalLong.empty();
  }

  /**
   * {@return whether a household with net income {@code netIncomeFen} (a net loss is negative),
   * {@code members} members and the guarantee deficits of {@code deficitMask} (see
   * {@link GuaranteeDeficit#mask}) is poor: exactly {@link Identification#poor()} of
   * {@link #identify} for such a household} Allocates nothing.
   *
   * @param netIncomeFen the household's yearly net income in fen (negative for a loss)
   * @param members the number of household members, at least 1
   * @param deficitMask the household's guarantee deficits as a mask ({@link GuaranteeDeficit#mask})
   * @throws ValidationException if members is below 1 or the mask is not a deficit mask
   * @throws ArithmeticException if line × members does not fit a long
   */
  public boolean isPoor(long netIncomeFen, int members, int deficitMask) {
    checkMembers(members);
    if (deficitMask < 0 || deficitMask >= GuaranteeDeficit.MASKS) {
      throw ValidationException.of("deficitMask", deficitMask, "must be a deficit mask, 0 to " + (GuaranteeDeficit.MASKS - 1));
    }
    // both sides evaluated (no branch on the income test); the deficit side is one table read for a mask that weighs too little
    return incomeBelowLine(netIncomeFen, members) | poorByDeficits(netIncomeFen, members, deficitMask);
  }

  /**
   * {@return the category of a household identified as poor with net income {@code netIncomeFen}
   * and {@code members} members; {@code noLabourNoLivelihood}: no member can work and the household
   * has no wages, business or property income} Exactly {@link Identification#category()} of
   * {@link #identify} for a poor household (the caller decides poverty, with {@link #isPoor}).
   * Allocates nothing.
   *
   * @param netIncomeFen the household's yearly net income in fen (negative for a loss)
   * @param members the number of household members, at least 1
   * @param noLabourNoLivelihood whether no member can work and the household has no wages, business
   *     or property income
   * @throws ValidationException if members is below 1, or the dibao standard is not in force
   */
  public PovertyCategory category(long netIncomeFen, int members, boolean noLabourNoLivelihood) {
    checkMembers(members);
    long dibaoAnnual = hasDibaoAnnual ? dibaoAnnualFen : dibaoAnnual(standardReading()).fen();
    if (noLabourNoLivelihood) {
      return PovertyCategory.EXTREME_POVERTY_SUPPORT;
    }
    // IncomeTest.below with the multiple 1, the category chosen by a table read, not a branch
    return BY_DIBAO_TEST[netIncomeFen < Math.multiplyExact(dibaoAnnual, (long) members) ? 1 : 0];
  }

  /**
   * {@return the guarantee deficits of the household read through {@code household} on the
   * rules' date, as a mask ({@link GuaranteeDeficit#mask}); exactly the deficits of
   * {@link #identify}} Allocates nothing.
   *
   * @param household the household's facts
   */
  public int deficitMask(HouseholdFacts household) {
    return Guarantees.mask(household, bornAfterDay, bornByDay);
  }

  /**
   * {@return whether the household read through {@code household} is poor: exactly
   * {@link Identification#poor()} of {@link #identify}} Allocates nothing.
   *
   * @param household the household's facts
   * @throws ArithmeticException if line × members does not fit a long
   */
  public boolean isPoor(HouseholdFacts household) {
    long net = household.netIncomeFen();
    int members = household.members();
    // the deficits (a pass over the members) are read only for an income within the deficits' limit
    return incomeBelowLine(net, members)
        || (withinDeficitIncomeLimit(net, members) && deficitsWeighEnough[deficitMask(household)]);
  }

  /**
   * {@return the category of the household read through {@code household}, which the caller has
   * found poor: exactly {@link Identification#category()} of {@link #identify}} Allocates nothing.
   *
   * @param household the household's facts
   * @throws ValidationException if the dibao standard is not in force
   */
  public PovertyCategory category(HouseholdFacts household) {
    return category(household.netIncomeFen(), household.members(), noLabourNoLivelihood(household));
  }

  private boolean incomeBelowLine(long netIncomeFen, int members) {
    return netIncomeFen < Math.multiplyExact(lineFen, (long) members);
  }

  private boolean poorByDeficits(long netIncomeFen, int members, int deficitMask) {
    return deficitsWeighEnough[deficitMask] && withinDeficitIncomeLimit(netIncomeFen, members);
  }

  /** Income below the deficits' multiple of the line: guarantee deficits then make a household poor. */
  private boolean withinDeficitIncomeLimit(long netIncomeFen, int members) {
    return IncomeTest.below(netIncomeFen, members, lineFen, deficitIncomeMultiple);
  }

  private BigDecimal score(int deficitMask) {
    BigDecimal score = BigDecimal.ZERO;
    for (GuaranteeDeficit d : GuaranteeDeficit.values()) {
      if ((deficitMask & d.bit()) != 0) {
        score = score.add(weights.getOrDefault(d, BigDecimal.ZERO));
      }
    }
    return score;
  }

  private static void checkMembers(int members) {
    if (members < 1) {
      throw ValidationException.of("members", members, "must be at least 1");
    }
  }

  private Reading standardReading() {
    // no lambda: orElseGet's would be allocated on every household's call
    return dibaoStandard.isPresent() ? dibaoStandard.get() : book.get(DibaoRules.STANDARD, region, date);
  }

  private static Money dibaoAnnual(Reading standard) {
    return standard.value(DibaoRules.STANDARD).yearly();
  }

  /**
   * Identifies {@code household} on the rules' date, reporting to {@code trace}.
   *
   * @param household the household
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return poor or not, the category, the reasons, the guarantee deficits and the monitoring flags
   * @throws org.jingzhun.core.validation.ValidationException if a member is born after the date
   */
  public Identification identify(Household household, Trace trace) {
    Households.checkBornBy(household, date);
    Money net = household.netIncome();
    int members = household.size();
    Money line = identificationLine.perPersonPerYear();
    HouseholdFacts facts = HouseholdFacts.of(household, Optional.empty());
    int mask = deficitMask(facts);
    EnumSet<GuaranteeDeficit> deficits = GuaranteeDeficit.setOf(mask);
    if (trace.isOn()) {
      trace.input(IdentificationTerms.DATE, date).input(IdentificationTerms.MEMBERS, members)
          .input(IdentificationTerms.NET_INCOME, net);
      trace.parameter(lag);
      identificationLine.cite(trace);
      trace.parameter(deficitWeights).parameter(deficitThreshold).parameter(deficitMultiple);
      if (linkedIncome.isPresent()) { // no method reference: it would be allocated on every household's call
        trace.parameter(linkedIncome.get());
      }
      trace.amount(IdentificationTerms.PER_CAPITA_INCOME, Households.perCapitaNetIncome(household))
          .amount(IdentificationTerms.LINE, line)
          .amount(IdentificationTerms.DEFICITS, ImmutableList.copyOf(deficits))
          .amount(IdentificationTerms.DEFICIT_SCORE, score(mask));
    }
    ImmutableList.Builder<IdentificationReason> reasons = ImmutableList.builder();
    boolean poor;
    if (incomeBelowLine(net.fen(), members)) {
      poor = true;
      reasons.add(IdentificationReason.INCOME_BELOW_LINE);
    } else {
      reasons.add(IdentificationReason.INCOME_NOT_BELOW_LINE);
      poor = poorByDeficits(net.fen(), members, mask);
      if (poor) {
        reasons.add(IdentificationReason.DEFICITS_WITHIN_INCOME_LIMIT);
      }
    }
    Identification.Builder out = Identification.builder().poor(poor).deficits(deficits)
        .perCapitaNetIncome(Households.perCapitaNetIncome(household)).line(line);
    if (poor) {
      out.category(category(household, net, members, reasons, trace.isOn() ? trace.rule(IdentificationTerms.CATEGORY_RULE) : trace));
    } else {
      monitoring(household, net, members, reasons, trace.isOn() ? trace.rule(IdentificationTerms.MONITORING_RULE) : trace)
          .ifPresent(out::monitoring);
    }
    Identification result = out.reasons(reasons.build()).build();
    if (trace.isOn()) {
      result.reasons().forEach(r -> trace.note(r.term()));
      trace.result(poor);
    }
    return result;
  }

  private PovertyCategory category(
      Household household, Money net, int members, ImmutableList.Builder<IdentificationReason> reasons, Trace trace) {
    Reading standard = standardReading();
    trace.parameter(standard).amount(IdentificationTerms.DIBAO_ANNUAL, dibaoAnnual(standard));
    PovertyCategory category = category(net.fen(), members, noLabourNoLivelihood(HouseholdFacts.of(household, Optional.empty())));
    switch (category) {
      case EXTREME_POVERTY_SUPPORT -> reasons.add(IdentificationReason.NO_LABOUR_NO_LIVELIHOOD);
      case DIBAO -> reasons.add(IdentificationReason.INCOME_BELOW_DIBAO_STANDARD);
      default -> { }
    }
    trace.result(category);
    return category;
  }

  /** No member can work, and the household has no wages, business or property income. */
  private static boolean noLabourNoLivelihood(HouseholdFacts household) {
    for (int m = 0, n = household.members(); m < n; m++) {
      if (household.labourCapacity(m) != LabourCapacity.NONE) {
        return false;
      }
    }
    return !household.hasLivelihoodIncome();
  }

  private Optional<MonitoringCategory> monitoring(
      Household household, Money net, int members, ImmutableList.Builder<IdentificationReason> reasons, Trace trace) {
    if (monitoringMultiple.isEmpty() || rigidMultiple.isEmpty()) {
      return Optional.empty();
    }
    Money rigid = household.rigidSpending().getOrDefault(RigidSpendingKind.MEDICAL, Money.ZERO)
        .plus(household.rigidSpending().getOrDefault(RigidSpendingKind.DISABILITY, Money.ZERO))
        .plus(household.rigidSpending().getOrDefault(RigidSpendingKind.DISASTER, Money.ZERO));
    PovertyLine line = monitoringLine.isPresent() ? monitoringLine.get() : PovertyLine.of(book, region, date);
    if (trace.isOn()) {
      line.cite(trace);
      trace.parameter(monitoringMultiple.get()).parameter(rigidMultiple.get())
          .amount(IdentificationTerms.MONITORING_LINE, line.perPersonPerYear())
          .amount(IdentificationTerms.RIGID_SPENDING, rigid);
    }
    boolean low = IncomeTest.below(net, members, line.perPersonPerYear(), monitoringMultiple.get().value(MONITORING_MULTIPLE));
    boolean spending = rigid.isPositive()
        && BigDecimal.valueOf(rigid.fen()).compareTo(BigDecimal.valueOf(net.fen()).multiply(rigidMultiple.get().value(RIGID_MULTIPLE))) > 0;
    if (low) {
      reasons.add(IdentificationReason.MONITORING_INCOME);
    }
    if (spending) {
      reasons.add(IdentificationReason.MONITORING_RIGID_SPENDING);
    }
    if (!low && !spending) {
      return Optional.empty();
    }
    boolean exited = household.registration().map(r -> r.status() == RegistrationStatus.EXITED).orElse(false);
    MonitoringCategory c = exited ? MonitoringCategory.UNSTABLE_EXITED : MonitoringCategory.MARGINAL_AT_RISK;
    trace.result(c);
    return Optional.of(c);
  }
}

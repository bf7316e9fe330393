package org.jingzhun.eligibility.exit;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyReader;
import java.time.LocalDate;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 贫困村退出 — village exit: poverty incidence below {@code exit.village.incidence-max} (3 % in the west,
 * 2 % elsewhere, 厅字〔2016〕16号), plus the conditions a province adds: a hardened road,
 * electricity, a safe water supply, a clinic, broadband (each where its flag requires it), and
 * collective income at least {@code exit.village.collective-income-min}.
 * Where {@code exit.standard} is {@link ExitStandard#SICHUAN} (一低五有), a cultural
 * room is required too.
 */
public final class VillageExitRules {
  /**
   * The parameter {@code exit.village.incidence-max}: poverty incidence a village must be below to exit (贫困村退出贫困发生率上限（须低于）).
   */
  public static final ParameterKey<Share> INCIDENCE_MAX = ParameterKey.share("exit.village.incidence-max");
  /** The parameter {@code exit.village.requires-road}: village exit requires a hardened road (贫困村退出须通硬化路). */
  public static final ParameterKey<Boolean> ROAD = ParameterKey.flag("exit.village.requires-road");
  /** The parameter {@code exit.village.requires-electricity}: village exit requires mains electricity (贫困村退出须通电). */
  public static final ParameterKey<Boolean> ELECTRICITY = ParameterKey.flag("exit.village.requires-electricity");
  /** The parameter {@code exit.village.requires-water}: village exit requires a safe water supply (贫困村退出须有安全饮水). */
  public static final ParameterKey<Boolean> WATER = ParameterKey.flag("exit.village.requires-water");
  /** The parameter {@code exit.village.requires-clinic}: village exit requires a standard clinic (贫困村退出须有标准化卫生室). */
  public static final ParameterKey<Boolean> CLINIC = ParameterKey.flag("exit.village.requires-clinic");
  /** The parameter {@code exit.village.requires-broadband}: village exit requires broadband (贫困村退出须通宽带或通信网络). */
  public static final ParameterKey<Boolean> BROADBAND = ParameterKey.flag("exit.village.requires-broadband");
  /**
   * The parameter {@code exit.village.collective-income-min}: minimum yearly collective income for village exit (贫困村退出村集体经济年收入下限).
   */
  public static final ParameterKey<Money> COLLECTIVE_INCOME_MIN = ParameterKey.money("exit.village.collective-income-min");

  /** The term 贫困村退出核查 (village exit test), as explanations print it. */
  public static final Term RULE = Term.of("exit.village", "贫困村退出核查", "village exit test");

  private final Reading incidenceMax;
  private final Reading road;
  private final Reading electricity;
  private final Reading water;
  private final Reading clinic;
  private final Reading broadband;
  private final Reading collectiveMin;
  private final Reading standard;
  private final ExitStandard set;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(INCIDENCE_MAX);
    read.need(ROAD);
    read.need(ELECTRICITY);
    read.need(WATER);
    read.need(CLINIC);
    read.need(BROADBAND);
    read.need(COLLECTIVE_INCOME_MIN);
    read.need(ExitStandard.PARAMETER);
  }

  private VillageExitRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, VillageExitRules::need);
    this.incidenceMax = book.get(INCIDENCE_MAX, region, date);
    this.road = book.get(ROAD, region, date);
    this.electricity = book.get(ELECTRICITY, region, date);
    this.water = book.get(WATER, region, date);
    this.clinic = book.get(CLINIC, region, date);
    this.broadband = book.get(BROADBAND, region, date);
    this.collectiveMin = book.get(COLLECTIVE_INCOME_MIN, region, date);
    this.standard = book.get(ExitStandard.PARAMETER, region, date);
    this.set = ExitStandard.of(standard);
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
  public static VillageExitRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(VillageExitRules.class, region, date, VillageExitRules::new);
  }

  /**
   * {@return the exit assessment of {@code c} with the rules of its village on {@code date},
   * without explanation}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static ExitAssessment compute(VillageExitCase c, PolicyBook book, LocalDate date) {
    return resolve(book, c.village().code(), date).assess(c, Trace.off());
  }

  /**
   * {@return the exit assessment of {@code c} with the rules of its village on {@code date}, with
   * its derivation: every rule, input, parameter and source}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static Explained<ExitAssessment> explain(VillageExitCase c, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    ExitAssessment result = resolve(book, c.village().code(), date).assess(c, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * {@return the exit assessment of {@code c}: its incidence, then the province's extra criteria}
   *
   * @param c the case
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   */
  public ExitAssessment assess(VillageExitCase c, Trace trace) {
    Village v = c.village();
    trace.parameter(incidenceMax).parameter(road).parameter(electricity).parameter(water).parameter(clinic)
        .parameter(broadband).parameter(collectiveMin).parameter(standard);
    ExitAssessment.Builder out = ExitAssessment.builder();
    out.addCriteria(CriterionResult.of(ExitCriterion.INCIDENCE,
        new SampleRate(c.registeredPoorPersons(), v.registeredPopulation()).below(incidenceMax.value(INCIDENCE_MAX)),
        new SampleRate(c.registeredPoorPersons(), v.registeredPopulation()).display(), "< " + incidenceMax.value(INCIDENCE_MAX)));
    facility(out, road, ExitCriterion.HARDENED_ROAD, v.hardenedRoad());
    facility(out, electricity, ExitCriterion.ELECTRICITY, v.electricity());
    facility(out, water, ExitCriterion.WATER_SUPPLY, v.safeWater());
    facility(out, clinic, ExitCriterion.CLINIC, v.clinic());
    facility(out, broadband, ExitCriterion.BROADBAND, v.broadband());
    Money min = collectiveMin.value(COLLECTIVE_INCOME_MIN);
    out.addCriteria(CriterionResult.of(ExitCriterion.COLLECTIVE_INCOME, !v.collectiveIncome().isLessThan(min),
        v.collectiveIncome(), "≥ " + min));
    if (set == ExitStandard.SICHUAN) {
      out.addCriteria(CriterionResult.of(ExitCriterion.CULTURAL_ROOM, c.culturalRoom(), c.culturalRoom() ? "yes" : "no", "yes"));
    }
    ExitAssessment result = out.build();
    if (trace.isOn()) {
      result.criteria().forEach(r -> trace.amount(r.criterion().term(), (r.passed() ? "✓ " : "✗ ") + r.actual() + " (" + r.required() + ")"));
      trace.result(result.passed());
    }
    return result;
  }

  private static void facility(ExitAssessment.Builder out, Reading required, ExitCriterion c, boolean present) {
    if (required.flag()) {
      out.addCriteria(CriterionResult.of(c, present, present ? "yes" : "no", "yes"));
    }
  }
}

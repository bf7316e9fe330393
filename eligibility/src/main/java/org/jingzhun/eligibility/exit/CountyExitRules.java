package org.jingzhun.eligibility.exit;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyReader;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 贫困县退出 — county exit (厅字〔2016〕16号): poverty incidence below {@code exit.county.incidence-max},
 * missed-identification rate below {@code exit.county.missed-identification-max}, wrong-exit rate below
 * {@code exit.county.wrong-exit-max}, public approval above {@code exit.county.approval-min}. The three rates are
 * computed from the third-party assessment's sample counts ({@link AssessmentSample},
 * 国开办发〔2017〕56号) and compared exactly. Where {@code exit.standard} is
 * {@link ExitStandard#SICHUAN} (一低三有), every township must also have a standard central
 * school, a qualified health centre and a convenience service centre.
 */
public final class CountyExitRules {
  /**
   * The parameter {@code exit.county.incidence-max}: poverty incidence a county must be below to exit (贫困县退出贫困发生率上限（须低于）).
   */
  public static final ParameterKey<Share> INCIDENCE_MAX = ParameterKey.share("exit.county.incidence-max");
  /**
   * The parameter {@code exit.county.missed-identification-max}: missed-identification rate a county must be below (贫困县退出漏评率上限（须低于）).
   */
  public static final ParameterKey<Share> MISSED_MAX = ParameterKey.share("exit.county.missed-identification-max");
  /** The parameter {@code exit.county.wrong-exit-max}: wrong-exit rate a county must be below (贫困县退出错退率上限（须低于）). */
  public static final ParameterKey<Share> WRONG_EXIT_MAX = ParameterKey.share("exit.county.wrong-exit-max");
  /** The parameter {@code exit.county.approval-min}: public approval a county must be above (贫困县退出群众认可度下限（须高于）). */
  public static final ParameterKey<Share> APPROVAL_MIN = ParameterKey.share("exit.county.approval-min");

  /** The term 贫困县退出核查 (county exit test), as explanations print it. */
  public static final Term RULE = Term.of("exit.county", "贫困县退出核查", "county exit test");

  private final Reading incidenceMax;
  private final Reading missedMax;
  private final Reading wrongExitMax;
  private final Reading approvalMin;
  private final Reading standard;
  private final ExitStandard set;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(INCIDENCE_MAX);
    read.need(MISSED_MAX);
    read.need(WRONG_EXIT_MAX);
    read.need(APPROVAL_MIN);
    read.need(ExitStandard.PARAMETER);
  }

  private CountyExitRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, CountyExitRules::need);
    this.incidenceMax = book.get(INCIDENCE_MAX, region, date);
    this.missedMax = book.get(MISSED_MAX, region, date);
    this.wrongExitMax = book.get(WRONG_EXIT_MAX, region, date);
    this.approvalMin = book.get(APPROVAL_MIN, region, date);
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
  public static CountyExitRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(CountyExitRules.class, region, date, CountyExitRules::new);
  }

  /**
   * {@return the exit assessment of {@code c} with the rules of its county on {@code date}, without
   * explanation}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static ExitAssessment compute(CountyExitCase c, PolicyBook book, LocalDate date) {
    return resolve(book, c.county(), date).assess(c, Trace.off());
  }

  /**
   * {@return the exit assessment of {@code c} with the rules of its county on {@code date}, with
   * its derivation: every rule, input, parameter and source}
   *
   * @param c the case
   * @param book the policy book whose parameters apply
   * @param date the day whose rules apply
   * @throws org.jingzhun.core.validation.ValidationException if the case is invalid or a parameter is not in force
   */
  public static Explained<ExitAssessment> explain(CountyExitCase c, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    ExitAssessment result = resolve(book, c.county(), date).assess(c, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * Assesses {@code c}: its incidence, and the rates computed from its assessment's sample.
   *
   * @param c the case
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return every criterion with pass or fail, the figure found and the figure required
   */
  public ExitAssessment assess(CountyExitCase c, Trace trace) {
    AssessmentSample s = c.assessment();
    return assess(c.incidence(), s.missedIdentificationRate(), s.wrongExitRate(), s.publicApproval(), Optional.of(c), trace);
  }

  /**
   * Assesses a county from its incidence and the three rates of the assessment (from a sample,
   * or shares a scenario assumes: {@link SampleRate#of}). Its townships' facilities, which
   * Sichuan's standard adds, are not known here and are not tested: assess a
   * {@link CountyExitCase} for them.
   *
   * @param incidence the poverty incidence
   * @param missed the rate of poor households missed by identification (漏评率)
   * @param wrongExits the rate of households exited wrongly (错退率)
   * @param approval the rate of approval among the people asked (群众认可度)
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return every criterion with pass or fail, the figure found and the figure required
   */
  public ExitAssessment assess(SampleRate incidence, SampleRate missed, SampleRate wrongExits, SampleRate approval, Trace trace) {
    return assess(incidence, missed, wrongExits, approval, Optional.empty(), trace);
  }

  private ExitAssessment assess(SampleRate incidence, SampleRate missed, SampleRate wrongExits, SampleRate approval,
      Optional<CountyExitCase> townships, Trace trace) {
    trace.parameter(incidenceMax).parameter(missedMax).parameter(wrongExitMax).parameter(approvalMin).parameter(standard);
    ExitAssessment.Builder out = ExitAssessment.builder()
        .addCriteria(CriterionResult.of(ExitCriterion.INCIDENCE, incidence.below(incidenceMax.value(INCIDENCE_MAX)),
            incidence.display(), "< " + incidenceMax.value(INCIDENCE_MAX)))
        .addCriteria(CriterionResult.of(ExitCriterion.MISSED_IDENTIFICATION, missed.below(missedMax.value(MISSED_MAX)),
            missed.display(), "< " + missedMax.value(MISSED_MAX)))
        .addCriteria(CriterionResult.of(ExitCriterion.WRONG_EXIT, wrongExits.below(wrongExitMax.value(WRONG_EXIT_MAX)),
            wrongExits.display(), "< " + wrongExitMax.value(WRONG_EXIT_MAX)))
        .addCriteria(CriterionResult.of(ExitCriterion.PUBLIC_APPROVAL, approval.above(approvalMin.value(APPROVAL_MIN)),
            approval.display(), "> " + approvalMin.value(APPROVAL_MIN)));
    if (set == ExitStandard.SICHUAN && townships.isPresent()) {
      CountyExitCase c = townships.get();
      facility(out, ExitCriterion.TOWNSHIP_CENTRAL_SCHOOL, c.everyTownshipHasCentralSchool());
      facility(out, ExitCriterion.TOWNSHIP_HEALTH_CENTRE, c.everyTownshipHasHealthCentre());
      facility(out, ExitCriterion.TOWNSHIP_SERVICE_CENTRE, c.everyTownshipHasServiceCentre());
    }
    ExitAssessment result = out.build();
    if (trace.isOn()) {
      result.criteria().forEach(r -> trace.amount(r.criterion().term(), (r.passed() ? "✓ " : "✗ ") + r.actual() + " (" + r.required() + ")"));
      trace.result(result.passed());
    }
    return result;
  }

  private static void facility(ExitAssessment.Builder out, ExitCriterion c, boolean present) {
    out.addCriteria(CriterionResult.of(c, present, present ? "yes" : "no", "yes"));
  }

}

package org.jingzhun.eligibility.exit;

import org.jingzhun.core.policy.PolicyReader;
import java.time.LocalDate;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 贫困县退出 — county exit (厅字〔2016〕16号): poverty incidence below {@value #INCIDENCE_MAX},
 * missed-identification rate below {@value #MISSED_MAX}, wrong-exit rate below
 * {@value #WRONG_EXIT_MAX}, public approval above {@value #APPROVAL_MIN}. The three rates are
 * computed from the third-party assessment's sample counts ({@link AssessmentSample},
 * 国开办发〔2017〕56号) and compared exactly.
 */
public final class CountyExitRules {
  public static final String INCIDENCE_MAX = "exit.county.incidence-max";
  public static final String MISSED_MAX = "exit.county.missed-identification-max";
  public static final String WRONG_EXIT_MAX = "exit.county.wrong-exit-max";
  public static final String APPROVAL_MIN = "exit.county.approval-min";

  public static final Term RULE = Term.of("exit.county", "贫困县退出核查", "county exit test");

  private final Reading incidenceMax;
  private final Reading missedMax;
  private final Reading wrongExitMax;
  private final Reading approvalMin;

  /** Records in {@code read} every parameter these rules read. */
  public static void need(PolicyReader read) {
    read.need(INCIDENCE_MAX);
    read.need(MISSED_MAX);
    read.need(WRONG_EXIT_MAX);
    read.need(APPROVAL_MIN);
  }

  private CountyExitRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, CountyExitRules::need);
    this.incidenceMax = book.get(INCIDENCE_MAX, region, date);
    this.missedMax = book.get(MISSED_MAX, region, date);
    this.wrongExitMax = book.get(WRONG_EXIT_MAX, region, date);
    this.approvalMin = book.get(APPROVAL_MIN, region, date);
  }

  /**
   * The rules in force for {@code region} on {@code date}, resolved once per book, region and
   * date and then reused (a lookup on later calls).
   *
   * @throws org.jingzhun.core.validation.ValidationException of kind {@code NO_POLICY} listing
   *     every parameter not in force
   */
  public static CountyExitRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(CountyExitRules.class, region, date, CountyExitRules::new);
  }

  public static ExitAssessment compute(CountyExitCase c, PolicyBook book, LocalDate date) {
    return resolve(book, c.county(), date).assess(c, Trace.off());
  }

  public static Explained<ExitAssessment> explain(CountyExitCase c, PolicyBook book, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    ExitAssessment result = resolve(book, c.county(), date).assess(c, trace);
    return new Explained<>(result, trace.explanation());
  }

  /** Assesses {@code c}: its incidence, and the rates computed from its assessment's sample. */
  public ExitAssessment assess(CountyExitCase c, Trace trace) {
    AssessmentSample s = c.assessment();
    return assess(c.incidence(), s.missedIdentificationRate(), s.wrongExitRate(), s.publicApproval(), trace);
  }

  /**
   * Assesses a county from its incidence and the three rates of the assessment (from a sample,
   * or shares a scenario assumes: {@link SampleRate#of}).
   */
  public ExitAssessment assess(SampleRate incidence, SampleRate missed, SampleRate wrongExits, SampleRate approval, Trace trace) {
    trace.parameter(incidenceMax).parameter(missedMax).parameter(wrongExitMax).parameter(approvalMin);
    ExitAssessment result = ExitAssessment.builder()
        .addCriteria(CriterionResult.of(ExitCriterion.INCIDENCE, incidence.below(incidenceMax.share()),
            incidence.display(), "< " + incidenceMax.share()))
        .addCriteria(CriterionResult.of(ExitCriterion.MISSED_IDENTIFICATION, missed.below(missedMax.share()),
            missed.display(), "< " + missedMax.share()))
        .addCriteria(CriterionResult.of(ExitCriterion.WRONG_EXIT, wrongExits.below(wrongExitMax.share()),
            wrongExits.display(), "< " + wrongExitMax.share()))
        .addCriteria(CriterionResult.of(ExitCriterion.PUBLIC_APPROVAL, approval.above(approvalMin.share()),
            approval.display(), "> " + approvalMin.share()))
        .build();
    if (trace.isOn()) {
      result.criteria().forEach(r -> trace.amount(r.criterion().term(), (r.passed() ? "✓ " : "✗ ") + r.actual() + " (" + r.required() + ")"));
      trace.result(result.passed());
    }
    return result;
  }
}

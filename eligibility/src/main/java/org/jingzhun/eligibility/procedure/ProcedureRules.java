package org.jingzhun.eligibility.procedure;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.policy.PolicyReader;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.ProcedureStep;
import org.jingzhun.core.household.ProcedureStepKind;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;

/**
 * 程序核查规则 — checks the entry procedure (application → democratic review → public notice →
 * approval, 国开办发〔2014〕24号) and, separately, the exit procedure (厅字〔2016〕16号) of a
 * registration record: each required step ({@code procedure.entry.steps}, {@code procedure.exit.steps}) must be
 * present and passed, begin no earlier than the previous required step and after the last day
 * of a step that ran over days, and a public notice must run at least {@code procedure.public-notice.min-days}
 * days, first and last day counted.
 */
public final class ProcedureRules {
  /** The parameter {@code procedure.entry.steps}: steps of the entry procedure, in order (识别（进入）程序的步骤及顺序). */
  public static final ParameterKey<List<ProcedureStepKind>> ENTRY_STEPS = ParameterKey.list("procedure.entry.steps", ProcedureStepKind.class);
  /** The parameter {@code procedure.exit.steps}: steps of the exit procedure, in order (退出程序的步骤及顺序). */
  public static final ParameterKey<List<ProcedureStepKind>> EXIT_STEPS = ParameterKey.list("procedure.exit.steps", ProcedureStepKind.class);
  /** The parameter {@code procedure.public-notice.min-days}: minimum days of a public notice (公示最少天数). */
  public static final ParameterKey<Integer> NOTICE_DAYS = ParameterKey.count("procedure.public-notice.min-days");

  /** The term 程序核查 (procedure check), as explanations print it. */
  public static final Term RULE = Term.of("procedure", "程序核查", "procedure check");
  /** The term 所需步骤 (required steps), as explanations print it. */
  public static final Term STEPS = Term.of("steps", "所需步骤", "required steps");

  private final Reading entry;
  private final Reading exit;
  private final Reading noticeDays;
  private final ImmutableList<ProcedureStepKind> entrySteps;
  private final ImmutableList<ProcedureStepKind> exitSteps;

  /**
   * Records in {@code read} every parameter these rules read.
   *
   * @param read the reader on which every parameter needed is recorded
   */
  public static void need(PolicyReader read) {
    read.need(ENTRY_STEPS);
    read.need(EXIT_STEPS);
    read.need(NOTICE_DAYS);
  }

  private ProcedureRules(PolicyBook book, RegionCode region, LocalDate date) {
    PolicyReader.check(book, region, date, ProcedureRules::need);
    this.entry = book.get(ENTRY_STEPS, region, date);
    this.exit = book.get(EXIT_STEPS, region, date);
    this.noticeDays = book.get(NOTICE_DAYS, region, date);
    this.entrySteps = ImmutableList.copyOf(entry.value(ENTRY_STEPS));
    this.exitSteps = ImmutableList.copyOf(exit.value(EXIT_STEPS));
  }

  /**
   * {@return the procedures in force for {@code region} on {@code date}}
   *
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   */
  public static ProcedureRules resolve(PolicyBook book, RegionCode region, LocalDate date) {
    return book.resolved(ProcedureRules.class, region, date, ProcedureRules::new);
  }

  /**
   * Checks one procedure of {@code record} with the rules of {@code region} on {@code date}.
   *
   * @param record the household's registration record, with its steps
   * @param kind which procedure to check: entry or exit
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   * @return every finding: steps missing, not passed, out of order or too short
   */
  public static ProcedureCheck compute(
      RegistrationRecord record, ProcedureKind kind, PolicyBook book, RegionCode region, LocalDate date) {
    return resolve(book, region, date).check(record, kind, Trace.off());
  }

  /**
   * {@return {@link #compute} with its explanation}
   *
   * @param record the household's registration record, with its steps
   * @param kind which procedure to check: entry or exit
   * @param book the policy book whose parameters apply
   * @param region the region whose parameters apply (inherited from its parents where it sets none)
   * @param date the day whose rules apply
   */
  public static Explained<ProcedureCheck> explain(
      RegistrationRecord record, ProcedureKind kind, PolicyBook book, RegionCode region, LocalDate date) {
    RecordingTrace trace = Trace.recording(RULE);
    ProcedureCheck result = resolve(book, region, date).check(record, kind, trace);
    return new Explained<>(result, trace.explanation());
  }

  /**
   * Checks the {@code kind} procedure of {@code record}.
   *
   * @param record the household's registration record, with its steps
   * @param kind which procedure to check: entry or exit
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return every finding: steps missing, not passed, out of order or too short
   */
  public ProcedureCheck check(RegistrationRecord record, ProcedureKind kind, Trace trace) {
    List<ProcedureStep> recorded = kind == ProcedureKind.ENTRY ? record.entrySteps() : record.exitSteps();
    ImmutableList<ProcedureStepKind> required = kind == ProcedureKind.ENTRY ? entrySteps : exitSteps;
    trace.parameter(kind == ProcedureKind.ENTRY ? entry : exit).parameter(noticeDays).amount(STEPS, required);
    int minDays = noticeDays.value(NOTICE_DAYS);
    ProcedureCheck.Builder out = ProcedureCheck.builder().procedure(kind);
    ProcedureStep previous = null;
    for (ProcedureStepKind k : required) {
      ProcedureStep step = first(recorded, k);
      if (step == null) {
        finding(out, trace, ProcedureFinding.of(k, ProcedureProblem.MISSING));
        continue;
      }
      if (!step.passed()) {
        finding(out, trace, ProcedureFinding.of(k, ProcedureProblem.NOT_PASSED));
      }
      if (previous != null && !startsAfter(step, previous)) {
        finding(out, trace, ProcedureFinding.of(k, ProcedureProblem.OUT_OF_ORDER));
      }
      if (k == ProcedureStepKind.PUBLIC_NOTICE && step.days() < minDays) {
        finding(out, trace, ProcedureFinding.builder().step(k).problem(ProcedureProblem.TOO_SHORT)
            .days(step.days()).requiredDays(minDays).build());
      }
      previous = step;
    }
    ProcedureCheck result = out.build();
    trace.result(result.valid());
    return result;
  }

  private static void finding(ProcedureCheck.Builder out, Trace trace, ProcedureFinding f) {
    out.addFindings(f);
    trace.note(f.problem().term());
  }

  private static boolean startsAfter(ProcedureStep step, ProcedureStep previous) {
    return previous.lastDay().map(step.date()::isAfter).orElse(!step.date().isBefore(previous.date()));
  }

  private static ProcedureStep first(List<ProcedureStep> steps, ProcedureStepKind kind) {
    for (ProcedureStep s : steps) {
      if (s.kind() == kind) {
        return s;
      }
    }
    return null;
  }
}

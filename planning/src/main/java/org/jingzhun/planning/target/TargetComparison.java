package org.jingzhun.planning.target;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.Violations;

/**
 * 目标对照 — compares a run's yearly figures with its targets and reports each shortfall. The
 * figures must lie within the run and include every measure a target is set for.
 */
public final class TargetComparison {
  /** The term 目标完成情况对照 (comparison of figures with targets), as explanations print it. */
  public static final Term RULE = Term.of("targetComparison", "目标完成情况对照", "comparison of figures with targets");
  /** The term 年度 (year), as explanations print it. */
  public static final Term YEAR = Term.of("year", "年度", "year");
  /** The term 目标 (target), as explanations print it. */
  public static final Term TARGET = Term.of("target", "目标", "target");
  /** The term 实绩 (actual), as explanations print it. */
  public static final Term ACTUAL = Term.of("actual", "实绩", "actual");
  /** The term 差距 (shortfall), as explanations print it. */
  public static final Term SHORTFALL = Term.of("shortfall", "差距", "shortfall");
  /** The term 已完成 (target met), as explanations print it. */
  public static final Term MET = Term.of("met", "已完成", "target met");
  /** The term 未完成 (target missed), as explanations print it. */
  public static final Term MISSED = Term.of("missed", "未完成", "target missed");

  private TargetComparison() {}

  /**
   * {@return each target checked against the figures, without an explanation}
   *
   * @param targets the targets, year by year
   * @param figures what the run achieved, year by year
   */
  public static TargetReport compute(Targets targets, List<YearFigures> figures) {
    return compare(targets, figures, Trace.off());
  }

  /**
   * {@return each target checked against the figures, with the working}
   *
   * @param targets the targets, year by year
   * @param figures what the run achieved, year by year
   */
  public static Explained<TargetReport> explain(Targets targets, List<YearFigures> figures) {
    RecordingTrace trace = Trace.recording(RULE);
    TargetReport report = compare(targets, figures, trace);
    return new Explained<>(report, trace.explanation());
  }

  /**
   * Checks the targets against the figures, reporting to {@code trace}.
   *
   * @param targets the targets, year by year
   * @param figures what the run achieved, year by year
   * @param trace where the derivation is recorded ({@link org.jingzhun.core.explain.Trace#off()}
   *     records nothing)
   * @return every target checked, met or short
   * @throws org.jingzhun.core.validation.ValidationException if a figure lies outside the run,
   *     a year is given twice, or a targeted measure has no figure
   */
  public static TargetReport compare(Targets targets, List<YearFigures> figures, Trace trace) {
    Violations v = Violations.collect();
    Map<Integer, YearFigures> byYear = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      YearFigures f = figures.get(i);
      String path = FieldPath.join(FieldPath.index("figures", i), "year");
      v.check(targets.covers(f.year()), path, f.year(),
          "is outside the run " + targets.firstYear() + "–" + targets.lastYear());
      v.check(byYear.put(f.year(), f) == null, path, f.year(), "the year has figures twice");
    }
    for (int i = 0; i < targets.years().size(); i++) {
      YearTarget t = targets.years().get(i);
      YearFigures f = byYear.get(t.year());
      for (TargetMeasure m : t.levels().keySet()) {
        v.check(f != null && f.figures().containsKey(m), FieldPath.join(FieldPath.index("targets.years", i), "levels." + m),
            t.year(), "has a target but the figures of " + t.year() + " do not give " + m.english());
      }
    }
    v.throwIfAny();
    List<TargetCheck> checks = new ArrayList<>();
    targets.years().stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).forEach(t -> {
      Map<TargetMeasure, Long> levels = new EnumMap<>(t.levels());
      levels.forEach((m, level) -> {
        TargetCheck c = TargetCheck.of(t.year(), m, level, byYear.get(t.year()).figures().get(m));
        checks.add(c);
        if (trace.isOn()) {
          trace.rule(Term.of(m.name(), m.chinese(), m.english()))
              .input(YEAR, c.year()).input(TARGET, c.target()).input(ACTUAL, c.actual())
              .amount(SHORTFALL, c.shortfall()).note(c.met() ? MET : MISSED).result(c.shortfall());
        }
      });
    });
    TargetReport report = TargetReport.of(checks);
    trace.result(report.shortfalls().size());
    return report;
  }
}

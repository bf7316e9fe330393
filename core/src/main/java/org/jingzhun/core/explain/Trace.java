package org.jingzhun.core.explain;

/**
 * 推导记录 — what a calculator tells as it works: the rule it applies, the inputs it uses, the
 * parameters it reads, the amounts it computes and its result. A calculator takes a trace and
 * reports to it; {@link #off()} ignores everything and allocates nothing, so batch runs pay
 * nothing for explanations. {@link #recording(Term)} keeps everything as an
 * {@link Explanation}.
 *
 * <p>Calls chain: {@code trace.input(INCOME, income).parameter(line)}. Pass already existing
 * objects; build a string only inside {@code if (trace.isOn())}.
 */
public interface Trace {

  /** The trace that records nothing. */
  static Trace off() {
    return OffTrace.INSTANCE;
  }

  /** A trace that records everything under a root rule. */
  static RecordingTrace recording(Term rule) {
    return new RecordingTrace(rule);
  }

  /** Whether anything is recorded. */
  boolean isOn();

  /** A nested rule, applied as part of this one; report to the trace returned. */
  Trace rule(Term rule);

  /** An input the rule reads. */
  Trace input(Term name, Object value);

  /** A policy parameter the rule reads. */
  Trace parameter(Cited parameter);

  /** An intermediate amount. */
  Trace amount(Term name, Object value);

  /** A reason or remark, e.g. "income is below the line". */
  Trace note(Term note);

  /** The rule's result. */
  Trace result(Object value);
}

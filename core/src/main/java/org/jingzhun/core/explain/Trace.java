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

  /** {@return the trace that records nothing} */
  static Trace off() {
    return OffTrace.INSTANCE;
  }

  /**
   * {@return a trace that records everything under a root rule}
   *
   * @param rule the rule whose derivation is recorded
   */
  static RecordingTrace recording(Term rule) {
    return new RecordingTrace(rule);
  }

  /** {@return whether anything is recorded} */
  boolean isOn();

  /**
   * Records a nested rule, applied as part of this one.
   *
   * @param rule the rule applied
   * @return the trace to which the nested rule reports
   */
  Trace rule(Term rule);

  /**
   * Records an input the rule reads.
   *
   * @param name what the input is
   * @param value the input's value
   * @return this trace
   */
  Trace input(Term name, Object value);

  /**
   * Records a policy parameter the rule reads.
   *
   * @param parameter the parameter as read, with its value and source
   * @return this trace
   */
  Trace parameter(Cited parameter);

  /**
   * Records an intermediate amount.
   *
   * @param name what the amount is, as the policy names it
   * @param value the amount
   * @return this trace
   */
  Trace amount(Term name, Object value);

  /**
   * Records a reason or remark, e.g. "income is below the line".
   *
   * @param note the note
   * @return this trace
   */
  Trace note(Term note);

  /**
   * Records the rule's result.
   *
   * @param value the result
   * @return this trace
   */
  Trace result(Object value);
}

package org.jingzhun.core.explain;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A trace that keeps everything it is told, to build an {@link Explanation}. Not thread-safe. */
public final class RecordingTrace implements Trace {
  private final Term rule;
  private final List<Explanation.Line> inputs = new ArrayList<>();
  private final List<Explanation.ParameterLine> parameters = new ArrayList<>();
  private final List<Explanation.Line> amounts = new ArrayList<>();
  private final List<Term> notes = new ArrayList<>();
  private final List<RecordingTrace> children = new ArrayList<>();
  private Object result;

  RecordingTrace(Term rule) {
    this.rule = rule;
  }

  @Override
  public boolean isOn() {
    return true;
  }

  @Override
  public Trace rule(Term child) {
    RecordingTrace t = new RecordingTrace(child);
    children.add(t);
    return t;
  }

  @Override
  public Trace input(Term name, Object value) {
    inputs.add(new Explanation.Line(name, value));
    return this;
  }

  @Override
  public Trace parameter(Cited p) {
    Map<Language, String> citation = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      citation.put(l, p.citation(l));
    }
    parameters.add(
        new Explanation.ParameterLine(
            p.parameterName(), p.regionText(), p.value(), citation.get(Language.ZH), citation.get(Language.EN),
            p.official()));
    return this;
  }

  @Override
  public Trace amount(Term name, Object value) {
    amounts.add(new Explanation.Line(name, value));
    return this;
  }

  @Override
  public Trace note(Term note) {
    notes.add(note);
    return this;
  }

  @Override
  public Trace result(Object value) {
    this.result = value;
    return this;
  }

  /** {@return the explanation recorded so far} */
  public Explanation explanation() {
    return new Explanation(
        rule,
        ImmutableList.copyOf(inputs),
        ImmutableList.copyOf(parameters),
        ImmutableList.copyOf(amounts),
        ImmutableList.copyOf(notes),
        result,
        children.stream().map(RecordingTrace::explanation).collect(ImmutableList.toImmutableList()));
  }
}

package org.jingzhun.core.explain;

/** The trace that records nothing: every call returns this same instance. */
final class OffTrace implements Trace {
  static final OffTrace INSTANCE = new OffTrace();

  private OffTrace() {}

  @Override
  public boolean isOn() {
    return false;
  }

  @Override
  public Trace rule(Term rule) {
    return this;
  }

  @Override
  public Trace input(Term name, Object value) {
    return this;
  }

  @Override
  public Trace parameter(Cited parameter) {
    return this;
  }

  @Override
  public Trace amount(Term name, Object value) {
    return this;
  }

  @Override
  public Trace note(Term note) {
    return this;
  }

  @Override
  public Trace result(Object value) {
    return this;
  }
}

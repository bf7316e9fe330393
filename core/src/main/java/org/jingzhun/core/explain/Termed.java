package org.jingzhun.core.explain;

/**
 * 术语标签 — a value whose labels are those of its {@link Term} (a reason, a criterion, a
 * problem), so that the explanation and the reports name it alike.
 */
public interface Termed extends Labelled {
  /** {@return the value as a term, for explanations} */
  Term term();

  @Override
  default String chinese() {
    return term().chinese();
  }

  @Override
  default String english() {
    return term().english();
  }
}

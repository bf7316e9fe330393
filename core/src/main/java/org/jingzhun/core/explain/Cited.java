package org.jingzhun.core.explain;

/**
 * 引用参数 — a policy parameter as a rule read it, for an explanation: its name, the region
 * whose value applied, the value, and the citation of its source.
 */
public interface Cited {
  /** {@return the parameter's name, e.g. {@code dibao.standard.rural}} */
  String parameterName();

  /**
   * {@return the code of the region whose value applied (it may be an ancestor of the one asked)}
   */
  String regionText();

  /** {@return the value as read} */
  Object value();

  /**
   * {@return the source, printable: issuer, title or number, date, confidence}
   *
   * @param language the language of the citation
   */
  String citation(Language language);

  /**
   * {@return whether the value rests on a published rule (a document or a local rule); false for an
   * estimate or an unverified value, which explanations list at their end}
   */
  default boolean official() {
    return true;
  }
}

package org.jingzhun.core.explain;

/** 中文标签 — a value with a Chinese label for reports and public notices. */
public interface Labelled {
  /** {@return the Chinese label, e.g. 一般贫困户} */
  String chinese();

  /** {@return the English label, e.g. "general poor household"} */
  String english();

  /**
   * {@return the label in {@code language}}
   *
   * @param language the language of labels and citations
   */
  default String label(Language language) {
    return language == Language.ZH ? chinese() : english();
  }
}

package org.jingzhun.core.explain;

/** 中文标签 — a value with a Chinese label for reports and public notices. */
public interface Labelled {
  /** The Chinese label, e.g. 一般贫困户. */
  String chinese();

  /** The English label, e.g. "general poor household". */
  String english();

  /** The label in {@code language}. */
  default String label(Language language) {
    return language == Language.ZH ? chinese() : english();
  }
}

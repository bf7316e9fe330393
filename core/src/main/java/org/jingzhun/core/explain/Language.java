package org.jingzhun.core.explain;

/** 语言 — the language an explanation or report is printed in. */
public enum Language {
  /** Chinese (中文). */
  ZH,
  /** English. */
  EN
}

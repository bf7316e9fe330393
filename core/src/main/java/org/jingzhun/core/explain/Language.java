package org.jingzhun.core.explain;

/** 语言 — the language an explanation or report is printed in. */
public enum Language {
  ZH,
  EN
}

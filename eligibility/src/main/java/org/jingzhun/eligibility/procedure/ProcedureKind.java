package org.jingzhun.eligibility.procedure;

import org.jingzhun.core.explain.Labelled;

/** 进退分核 — which procedure is checked: entry onto the register or exit from it. */
public enum ProcedureKind implements Labelled {
  /** 识别（进入）程序 — entry procedure. */
  ENTRY("识别（进入）程序", "entry procedure"),
  /** 退出程序 — exit procedure. */
  EXIT("退出程序", "exit procedure");

  private final String chinese;
  private final String english;

  ProcedureKind(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }
}

package org.jingzhun.finance.risk;

import org.jingzhun.core.explain.Labelled;

/** 补偿范围 — which part of a defaulted loan's loss an agreement shares. */
public enum Coverage implements Labelled {
  /** 本金 — principal. */
  PRINCIPAL("本金", "principal"),
  /** 利息 — interest. */
  INTEREST("利息", "interest"),
  /** 本息 — principal and interest. */
  PRINCIPAL_AND_INTEREST("本息", "principal and interest");

  private final String chinese;
  private final String english;

  Coverage(String chinese, String english) {
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

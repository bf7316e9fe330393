package org.jingzhun.finance.loan;

import org.jingzhun.core.explain.Labelled;

/** 重定价日 — when a floating rate is reset to the LPR then in force plus the spread. */
public enum RateReset implements Labelled {
  /** On each yearly anniversary of disbursement. */
  ANNIVERSARY("放款对应日", "each anniversary of disbursement"),
  /** On each January 1. */
  JANUARY_FIRST("每年1月1日", "each January 1");

  private final String chinese;
  private final String english;

  RateReset(String chinese, String english) {
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

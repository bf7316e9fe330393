package org.jingzhun.finance.schedule;

import org.jingzhun.core.explain.Labelled;

/** 期次状态 — how a period's principal was (or is to be) repaid. */
public enum PeriodStatus implements Labelled {
  /** A planned period: nothing has happened yet. */
  SCHEDULED("计划", "scheduled"),
  /** 按期归还 — repaid on time. */
  ON_TIME("按期归还", "repaid on time"),
  /** Repaid after its due date. */
  LATE("逾期后归还", "repaid late"),
  /** Not repaid. */
  OVERDUE("逾期未还", "overdue"),
  /** The loan was repaid in full before maturity in this period. */
  PREPAID("提前结清", "prepaid in full"),
  /** The outstanding principal was written off in this period. */
  WRITTEN_OFF("核销", "written off");

  private final String chinese;
  private final String english;

  PeriodStatus(String chinese, String english) {
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

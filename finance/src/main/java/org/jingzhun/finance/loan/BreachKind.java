package org.jingzhun.finance.loan;

import org.jingzhun.core.explain.Labelled;

/** 违约情形 — a breach for which a subsidised loan may lose its interest subsidy. */
public enum BreachKind implements Labelled {
  /** 逾期 — overdue. */
  OVERDUE("逾期", "overdue"),
  /** 改变贷款用途 — funds misused. */
  MISUSE("改变贷款用途", "funds misused"),
  /** 骗取贷款或贴息 — fraud. */
  FRAUD("骗取贷款或贴息", "fraud");

  private final String chinese;
  private final String english;

  BreachKind(String chinese, String english) {
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

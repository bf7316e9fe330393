package org.jingzhun.finance.loan;

import org.jingzhun.core.explain.Labelled;

/** 结息日规则 — on which day a period ends. */
public enum SettlementRule implements Labelled {
  /**
   * 对日 — on the disbursement day's monthly anniversary (a loan paid out on the 31st settles on
   * the last day of shorter months).
   */
  ANNIVERSARY("放款对日", "anniversary of disbursement"),
  /**
   * 固定结息日 — on a fixed day of each period's last month: the 20th of March, June, September
   * and December for quarterly settlement; every month for monthly; December for yearly.
   */
  FIXED_DAY("固定结息日", "fixed settlement day");

  private final String chinese;
  private final String english;

  SettlementRule(String chinese, String english) {
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

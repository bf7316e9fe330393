package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/**
 * 收入来源 — the four statistical sources of a rural household's income, as the National Bureau of
 * Statistics' household survey (住户收支与生活状况调查) divides disposable income: wages,
 * business, property and transfers.
 */
public enum IncomeSource implements Labelled {
  /** 工资性收入 — wages. */
  WAGES("工资性收入", "wages"),
  /** 经营性收入 — farming and business income. */
  BUSINESS("经营性收入", "business income"),
  /** 财产性收入 — property income (rent, dividends, interest). */
  PROPERTY("财产性收入", "property income"),
  /** 转移性收入 — transfers received. */
  TRANSFERS("转移性收入", "transfers");

  private final String chinese;
  private final String english;

  IncomeSource(String chinese, String english) {
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

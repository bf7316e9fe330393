package org.jingzhun.planning.population;

import org.jingzhun.core.explain.Labelled;

/** 收入列 — a column of a household's annual income in the columnar population, in fen. */
public enum IncomeColumn implements Labelled {
  /** 工资性收入 — wages. */
  WAGES("工资性收入", "wages"),
  /** 生产经营性收入 — business income. */
  BUSINESS("生产经营性收入", "business income"),
  /** 财产性收入 — property income. */
  PROPERTY("财产性收入", "property income"),
  /** 转移性收入 — transfers. */
  TRANSFERS("转移性收入", "transfers"),
  /** 生产经营费用支出 — production costs. */
  PRODUCTION_COSTS("生产经营费用支出", "production costs");

  private final String chinese;
  private final String english;

  IncomeColumn(String chinese, String english) {
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

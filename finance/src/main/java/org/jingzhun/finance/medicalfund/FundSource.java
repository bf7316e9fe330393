package org.jingzhun.finance.medicalfund;

import org.jingzhun.core.explain.Labelled;

/** 基金来源 — where the medical-assistance fund's money comes from; each has its own sub-ledger. */
public enum FundSource implements Labelled {
  /** 财政预算安排 — the budget (central transfers and local budgets). */
  BUDGET("财政预算安排", "budget"),
  /** 彩票公益金 — lottery public-welfare funds. */
  LOTTERY("彩票公益金", "lottery public-welfare funds"),
  /** 社会捐赠 — donations. */
  DONATION("社会捐赠", "donations"),
  /** 利息收入 — interest earned by the fund's account. */
  INTEREST("利息收入", "interest"),
  /** 其他收入 — other income. */
  OTHER("其他收入", "other income");

  private final String chinese;
  private final String english;

  FundSource(String chinese, String english) {
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

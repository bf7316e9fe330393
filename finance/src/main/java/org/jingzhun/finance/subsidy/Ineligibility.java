package org.jingzhun.finance.subsidy;

import org.jingzhun.core.explain.Labelled;

/** 不予贴息原因 — why a loan falls outside a subsidy policy's eligibility window. */
public enum Ineligibility implements Labelled {
  /** 合同签订日晚于政策截止日 — contract signed after the policy's deadline. */
  CONTRACT_AFTER_DEADLINE("合同签订日晚于政策截止日", "contract signed after the policy's deadline"),
  /** 贷款期限超过上限 — term longer than the policy allows. */
  TERM_TOO_LONG("贷款期限超过上限", "term longer than the policy allows"),
  /** 超出风险补偿金放大倍数 — beyond the risk fund's leverage. */
  OUTSIDE_FUND_LEVERAGE("超出风险补偿金放大倍数", "beyond the risk fund's leverage");

  private final String chinese;
  private final String english;

  Ineligibility(String chinese, String english) {
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

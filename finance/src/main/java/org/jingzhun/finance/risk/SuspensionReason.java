package org.jingzhun.finance.risk;

import org.jingzhun.core.explain.Labelled;

/** 暂停放贷原因 — why new lending backed by a fund is suspended on a date. */
public enum SuspensionReason implements Labelled {
  /** 逾期率达到暂停线 — the arrears ratio reached the suspension line. */
  ARREARS_RATIO_REACHED("逾期率达到暂停线", "the arrears ratio reached the suspension line"),
  /** 贷款余额达到放大倍数上限 — outstanding loans reached balance × leverage. */
  CAPACITY_EXHAUSTED("贷款余额达到放大倍数上限", "outstanding loans reached balance × leverage"),
  /** 补偿金余额为零 — the fund's balance is zero. */
  FUND_EXHAUSTED("补偿金余额为零", "the fund's balance is zero");

  private final String chinese;
  private final String english;

  SuspensionReason(String chinese, String english) {
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

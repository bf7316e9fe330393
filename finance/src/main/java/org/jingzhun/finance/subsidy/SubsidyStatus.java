package org.jingzhun.finance.subsidy;

import org.jingzhun.core.explain.Labelled;

/** 贴息状态 — whether a period's interest is subsidised. */
public enum SubsidyStatus implements Labelled {
  /** 贴息 — subsidised. */
  SUBSIDISED("贴息", "subsidised"),
  /** Part of the period is subsidised: the breach fell inside it. */
  PARTLY_FORFEITED("部分取消贴息", "partly forfeited"),
  /** 取消贴息 — forfeited. */
  FORFEITED("取消贴息", "forfeited"),
  /** 不符合贴息条件 — not eligible. */
  INELIGIBLE("不符合贴息条件", "not eligible");

  private final String chinese;
  private final String english;

  SubsidyStatus(String chinese, String english) {
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

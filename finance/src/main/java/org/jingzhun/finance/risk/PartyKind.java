package org.jingzhun.finance.risk;

import org.jingzhun.core.explain.Labelled;

/** 分险主体类别 — the kind of party to a risk-sharing agreement. */
public enum PartyKind implements Labelled {
  /** 风险补偿金 — risk-compensation fund. */
  RISK_FUND("风险补偿金", "risk-compensation fund"),
  /** 贷款银行 — bank. */
  BANK("贷款银行", "bank"),
  /** 担保机构 — guarantor. */
  GUARANTOR("担保机构", "guarantor"),
  /** 再担保机构 — re-guarantor. */
  REGUARANTOR("再担保机构", "re-guarantor"),
  /** 地方政府 — local government. */
  GOVERNMENT("地方政府", "local government"),
  /** 保险机构 — insurer. */
  INSURER("保险机构", "insurer");

  private final String chinese;
  private final String english;

  PartyKind(String chinese, String english) {
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

package org.jingzhun.finance.risk;

import org.jingzhun.core.explain.Labelled;

/** 分险主体类别 — the kind of party to a risk-sharing agreement. */
public enum PartyKind implements Labelled {
  RISK_FUND("风险补偿金", "risk-compensation fund"),
  BANK("贷款银行", "bank"),
  GUARANTOR("担保机构", "guarantor"),
  REGUARANTOR("再担保机构", "re-guarantor"),
  GOVERNMENT("地方政府", "local government"),
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

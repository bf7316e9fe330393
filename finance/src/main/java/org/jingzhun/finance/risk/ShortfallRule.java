package org.jingzhun.finance.risk;

import org.jingzhun.core.explain.Labelled;

/** 代偿资金不足处理 — what happens to the part the fund's balance cannot pay. */
public enum ShortfallRule implements Labelled {
  /** 挂账待补（补充资金后支付） — stays owed until the fund is topped up. */
  STAYS_OWED("挂账待补（补充资金后支付）", "stays owed until the fund is topped up"),
  /** 转由约定一方先行承担 — falls to the party the agreement names. */
  FALLS_TO_PARTY("转由约定一方先行承担", "falls to the party the agreement names");

  private final String chinese;
  private final String english;

  ShortfallRule(String chinese, String english) {
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

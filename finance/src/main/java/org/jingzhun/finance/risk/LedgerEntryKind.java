package org.jingzhun.finance.risk;

import org.jingzhun.core.explain.Labelled;

/** 资金台账科目 — the kind of a movement in a risk fund's ledger. */
public enum LedgerEntryKind implements Labelled {
  /** 注入资金 — top-up. */
  TOP_UP("注入资金", "top-up"),
  /** 代偿支出 — compensation paid. */
  COMPENSATION("代偿支出", "compensation paid"),
  /** 追偿收回 — recovery. */
  RECOVERY("追偿收回", "recovery"),
  /** 利息收入 — interest earned. */
  INTEREST("利息收入", "interest earned"),
  /** 资金调出 — withdrawal. */
  WITHDRAWAL("资金调出", "withdrawal");

  private final String chinese;
  private final String english;

  LedgerEntryKind(String chinese, String english) {
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

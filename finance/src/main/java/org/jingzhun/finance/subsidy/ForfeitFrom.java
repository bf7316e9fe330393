package org.jingzhun.finance.subsidy;

import org.jingzhun.core.explain.Labelled;

/** 取消贴息起点 — from when a breach takes the subsidy away. */
public enum ForfeitFrom implements Labelled {
  /** From the day of the breach: the period it falls in is subsidised up to that day. */
  BREACH_DATE("自违约之日起", "from the day of the breach"),
  /** From the start of the period in which the breach falls. */
  PERIOD_START("自违约当期起", "from the start of the period of the breach"),
  /** The whole loan loses its subsidy, earlier periods included (全额追回). */
  WHOLE_LOAN("取消全部贴息", "for the whole loan");

  private final String chinese;
  private final String english;

  ForfeitFrom(String chinese, String english) {
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

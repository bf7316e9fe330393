package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 劳动能力 — a member's capacity to work, as recorded at registration. */
public enum LabourCapacity implements Labelled {
  /** 普通劳动力 — full labour capacity. */
  FULL("普通劳动力", "full labour capacity"),
  /** 弱劳动力或半劳动力 — partial labour capacity. */
  PARTIAL("弱劳动力或半劳动力", "partial labour capacity"),
  /** 丧失劳动力或无劳动力 — no labour capacity. */
  NONE("丧失劳动力或无劳动力", "no labour capacity");

  private final String chinese;
  private final String english;

  LabourCapacity(String chinese, String english) {
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

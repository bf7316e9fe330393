package org.jingzhun.eligibility.monitoring;

import org.jingzhun.core.explain.Labelled;

/** 纳入监测的原因 — why a household is monitored. */
public enum MonitoringReason implements Labelled {
  /** 人均纯收入低于监测范围 — per-capita net income below the year's monitoring threshold. */
  INCOME_BELOW_THRESHOLD("人均纯收入低于当年监测范围", "per-capita net income below the year's monitoring threshold"),
  /** 刚性支出较大 — rigid spending on illness, disability or disaster above the trigger. */
  RIGID_SPENDING("因病因残因灾刚性支出超过纯收入的规定倍数", "rigid spending on illness, disability or disaster above the trigger");

  private final String chinese;
  private final String english;

  MonitoringReason(String chinese, String english) {
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

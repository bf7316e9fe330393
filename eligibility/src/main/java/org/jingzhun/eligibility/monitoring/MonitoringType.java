package org.jingzhun.eligibility.monitoring;

import org.jingzhun.core.explain.Labelled;

/** 监测对象类型 — the type of a monitored household. */
public enum MonitoringType implements Labelled {
  /** 脱贫不稳定户 — a household that has exited poverty and is at risk of returning to it. */
  UNSTABLE_EXITED("脱贫不稳定户", "unstable exited household"),
  /** 边缘易致贫户 — a household never registered poor whose income is at the margin. */
  MARGINAL_AT_RISK("边缘易致贫户", "marginal household at risk"),
  /** 突发严重困难户 — a household above the threshold struck by heavy rigid spending. */
  SUDDEN_HARDSHIP("突发严重困难户", "household in sudden severe hardship");

  private final String chinese;
  private final String english;

  MonitoringType(String chinese, String english) {
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

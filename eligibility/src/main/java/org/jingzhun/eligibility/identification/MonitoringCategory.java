package org.jingzhun.eligibility.identification;

import org.jingzhun.core.explain.Labelled;

/** 监测对象类别 — a household watched for a fall (back) into poverty. */
public enum MonitoringCategory implements Labelled {
  /** 脱贫不稳定户 — unstable exited household. */
  UNSTABLE_EXITED("脱贫不稳定户", "unstable exited household"),
  /** 边缘易致贫户 — marginal household at risk. */
  MARGINAL_AT_RISK("边缘易致贫户", "marginal household at risk");

  private final String chinese;
  private final String english;

  MonitoringCategory(String chinese, String english) {
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

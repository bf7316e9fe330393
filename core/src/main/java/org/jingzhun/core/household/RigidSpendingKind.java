package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 刚性支出 — a kind of spending a household cannot avoid, weighed in monitoring. */
public enum RigidSpendingKind implements Labelled {
  /** 医疗支出 — medical costs. */
  MEDICAL("医疗支出", "medical costs"),
  /** 残疾相关支出 — disability-related costs. */
  DISABILITY("残疾相关支出", "disability-related costs"),
  /** 灾害损失 — disaster losses. */
  DISASTER("灾害损失", "disaster losses"),
  /** 教育支出 — schooling costs. */
  EDUCATION("教育支出", "schooling costs");

  private final String chinese;
  private final String english;

  RigidSpendingKind(String chinese, String english) {
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

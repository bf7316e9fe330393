package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 刚性支出 — a kind of spending a household cannot avoid, weighed in monitoring. */
public enum RigidSpendingKind implements Labelled {
  MEDICAL("医疗支出", "medical costs"),
  DISABILITY("残疾相关支出", "disability-related costs"),
  DISASTER("灾害损失", "disaster losses"),
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

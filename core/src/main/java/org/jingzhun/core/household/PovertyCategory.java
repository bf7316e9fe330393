package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 贫困户类别 — the category of a registered poor household. */
public enum PovertyCategory implements Labelled {
  /** 一般贫困户 — general poor household. */
  GENERAL("一般贫困户", "general poor household"),
  /** 低保贫困户 — dibao poor household. */
  DIBAO("低保贫困户", "dibao poor household"),
  /** 特困供养贫困户 — extreme-poverty support household. */
  EXTREME_POVERTY_SUPPORT("特困供养贫困户", "extreme-poverty support household");

  private final String chinese;
  private final String english;

  PovertyCategory(String chinese, String english) {
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

package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 学段 — the stage of education a member is enrolled in (分段资助 pays by stage). */
public enum SchoolStage implements Labelled {
  /** 学前教育 — preschool. */
  PRESCHOOL("学前教育", "preschool"),
  /** 小学 — primary school. */
  PRIMARY("小学", "primary school"),
  /** 初中 — junior middle school. */
  JUNIOR_MIDDLE("初中", "junior middle school"),
  /** 普通高中 — senior high school. */
  SENIOR_HIGH("普通高中", "senior high school"),
  /** 中等职业教育 — secondary vocational school. */
  SECONDARY_VOCATIONAL("中等职业教育", "secondary vocational school"),
  /** 高等教育 — higher education. */
  HIGHER("高等教育", "higher education");

  private final String chinese;
  private final String english;

  SchoolStage(String chinese, String english) {
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

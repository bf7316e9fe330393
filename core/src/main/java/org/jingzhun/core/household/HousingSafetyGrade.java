package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 房屋安全等级 — a dwelling's safety grade under the dilapidated-house appraisal (A safe to D dangerous as a whole). */
public enum HousingSafetyGrade implements Labelled {
  /** A级（安全） — grade A (safe). */
  A("A级（安全）", "grade A (safe)"),
  /** B级（基本安全） — grade B (basically safe). */
  B("B级（基本安全）", "grade B (basically safe)"),
  /** C级（局部危险） — grade C (partly dangerous). */
  C("C级（局部危险）", "grade C (partly dangerous)"),
  /** D级（整体危险） — grade D (dangerous as a whole). */
  D("D级（整体危险）", "grade D (dangerous as a whole)");

  private final String chinese;
  private final String english;

  HousingSafetyGrade(String chinese, String english) {
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

package org.jingzhun.planning.plan;

import org.jingzhun.core.explain.Labelled;

/** 保障事项 — a guarantee a project secures for the households or villages it serves (两不愁三保障 and the village facilities). */
public enum Guarantee implements Labelled {
  /** 饮水安全 — safe drinking water. */
  WATER("饮水安全", "safe drinking water"),
  /** 住房安全 — safe housing. */
  HOUSING("住房安全", "safe housing"),
  /** 义务教育有保障 — compulsory schooling. */
  SCHOOLING("义务教育有保障", "compulsory schooling"),
  /** 基本医疗有保障 — basic medical care. */
  HEALTH("基本医疗有保障", "basic medical care"),
  /** 通硬化路 — hardened road. */
  ROAD("通硬化路", "hardened road"),
  /** 通生产生活用电 — electricity. */
  POWER("通生产生活用电", "electricity"),
  /** 通宽带 — broadband. */
  BROADBAND("通宽带", "broadband");

  private final String chinese;
  private final String english;

  Guarantee(String chinese, String english) {
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

package org.jingzhun.examples.scenario;

import org.jingzhun.core.explain.Labelled;

/** 区域层级 — the level of a table's rows. */
public enum AreaLevel implements Labelled {
  /** The county: one row a year. */
  COUNTY("县", "county"),
  /** Each township. */
  TOWNSHIP("乡镇", "township"),
  /** Each village. */
  VILLAGE("村", "village");

  private final String chinese;
  private final String english;

  AreaLevel(String chinese, String english) {
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

package org.jingzhun.planning.allocation;

import org.jingzhun.core.explain.Labelled;

/** 分配方法 — how an allocation was found. */
public enum AllocationMethod implements Labelled {
  /** 单位资金效益贪心法 — greedy by value per yuan. */
  GREEDY("单位资金效益贪心法", "greedy by value per yuan"),
  /** 整数规划精确求解 — exact by integer programming. */
  EXACT("整数规划精确求解", "exact by integer programming");

  private final String chinese;
  private final String english;

  AllocationMethod(String chinese, String english) {
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

package org.jingzhun.planning.allocation;

import org.jingzhun.core.explain.Labelled;

/** 取舍理由 — why an allocation chose a project or left it out. */
public enum DecisionReason implements Labelled {
  /** 按单位资金效益优先入选 — chosen: the most value per yuan among the projects left. */
  BEST_VALUE_PER_YUAN("按单位资金效益优先入选", "chosen: the most value per yuan among the projects left"),
  /** 属于最优项目组合 — chosen: part of the best combination within the budgets. */
  IN_OPTIMUM("属于最优项目组合", "chosen: part of the best combination within the budgets"),
  /** 无剩余的统筹或专项资金 — left out: no pooled or earmarked source left for its type. */
  NO_FUNDS_FOR_TYPE("无剩余的统筹或专项资金", "left out: no pooled or earmarked source left for its type"),
  /** 对目标无贡献 — left out: adds nothing to the objective. */
  ADDS_NOTHING("对目标无贡献", "left out: adds nothing to the objective"),
  /** 未入选最优项目组合 — left out: not part of the best combination within the budgets. */
  NOT_IN_OPTIMUM("未入选最优项目组合", "left out: not part of the best combination within the budgets");

  private final String chinese;
  private final String english;

  DecisionReason(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** {@return whether the reason is one for choosing the project} */
  public boolean chosen() {
    return this == BEST_VALUE_PER_YUAN || this == IN_OPTIMUM;
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

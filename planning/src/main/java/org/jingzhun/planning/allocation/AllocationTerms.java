package org.jingzhun.planning.allocation;

import org.jingzhun.core.explain.Term;

/** 分配术语 — the terms an allocation's explanation is written in. */
public final class AllocationTerms {
  /** The term 按单位资金效益择优安排项目 (greedy allocation by value per yuan), as explanations print it. */
  public static final Term GREEDY = Term.of("greedyAllocation", "按单位资金效益择优安排项目", "greedy allocation by value per yuan");
  /** The term 整数规划求最优项目组合 (exact allocation by integer programming), as explanations print it. */
  public static final Term EXACT = Term.of("exactAllocation", "整数规划求最优项目组合", "exact allocation by integer programming");
  /** The term 项目取舍 (decision on a project), as explanations print it. */
  public static final Term DECISION = Term.of("decision", "项目取舍", "decision on a project");
  /** The term 分配目标 (objective), as explanations print it. */
  public static final Term OBJECTIVE = Term.of("objective", "分配目标", "objective");
  /** The term 项目 (project), as explanations print it. */
  public static final Term PROJECT = Term.of("project", "项目", "project");
  /** The term 对目标的贡献 (gain toward the objective), as explanations print it. */
  public static final Term GAIN = Term.of("gain", "对目标的贡献", "gain toward the objective");
  /** The term 项目总投资 (total cost), as explanations print it. */
  public static final Term COST = Term.of("cost", "项目总投资", "total cost");
  /** The term 资金不足年度 (year short of money), as explanations print it. */
  public static final Term SHORT_YEAR = Term.of("shortYear", "资金不足年度", "year short of money");
  /** The term 可用资金 (money left for the type), as explanations print it. */
  public static final Term AVAILABLE = Term.of("available", "可用资金", "money left for the type");
  /** The term 入选项目组合的目标值 (value of the chosen projects), as explanations print it. */
  public static final Term VALUE = Term.of("value", "入选项目组合的目标值", "value of the chosen projects");

  private AllocationTerms() {}

  /**
   * {@return the term of a decision's reason}
   *
   * @param reason the reason
   */
  public static Term of(DecisionReason reason) {
    return Term.of(reason.name(), reason.chinese(), reason.english());
  }
}

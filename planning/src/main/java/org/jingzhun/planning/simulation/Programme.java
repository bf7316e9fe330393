package org.jingzhun.planning.simulation;

import org.jingzhun.core.explain.Labelled;

/** 帮扶项目类别 — a programme whose spending a campaign year reports. */
public enum Programme implements Labelled {
  /** Dibao top-ups, classified add-ons and extreme-poverty support granted in the year (12 × the month). */
  DIBAO("农村低保（含特困供养）", "dibao and extreme-poverty support"),
  /** What the payers of the medical cascade paid of the shock bills of registered households. */
  MEDICAL("医疗保障（一站式结算）", "medical cascade"),
  /** Education aid of the registered households' students in the year. */
  EDUCATION("教育资助", "education aid"),
  /** Renovation grants of registered households' C and D dwellings. */
  HOUSING("危房改造", "housing renovation"),
  /**
   * Every other programme of the entitlement registry granted to registered households in the
   * year (the medical premium subsidy, and any programme registered later), by the kind's
   * payment: 12 × the month, the year's amount, or the grant.
   */
  OTHER_ENTITLEMENTS("其他帮扶待遇（资助参保等）", "other entitlements (premium subsidy, …)"),
  /** The plan's grants to the projects it funds that year. */
  PROJECTS("项目资金", "projects"),
  /** Interest subsidies on poverty microcredit; reported only when the scenario assumes microcredit. */
  LOAN_INTEREST_SUBSIDY("贷款贴息", "loan interest subsidy");

  private final String chinese;
  private final String english;

  Programme(String chinese, String english) {
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

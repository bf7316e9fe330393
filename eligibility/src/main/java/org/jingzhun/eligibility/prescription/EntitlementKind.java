package org.jingzhun.eligibility.prescription;

import org.jingzhun.core.explain.Labelled;

/** 帮扶项目 — a kind of entitlement in a prescription. */
public enum EntitlementKind implements Labelled {
  /** 低保金（补差或分档） — dibao top-up. */
  DIBAO_TOP_UP("低保金（补差或分档）", "dibao top-up"),
  /** 分类施保：重度残疾 — classified add-on: severe disability. */
  DIBAO_ADD_ON_DISABILITY("分类施保：重度残疾", "classified add-on: severe disability"),
  /** 分类施保：大病 — classified add-on: serious illness. */
  DIBAO_ADD_ON_ILLNESS("分类施保：大病", "classified add-on: serious illness"),
  /** 特困人员供养金 — extreme-poverty support. */
  EXTREME_POVERTY_SUPPORT("特困人员供养金", "extreme-poverty support"),
  /** 教育：免除学杂费 — education: fees waived. */
  EDUCATION_FEE_WAIVER("教育：免除学杂费", "education: fees waived"),
  /** 教育：生活补助 — education: living allowance. */
  EDUCATION_LIVING_ALLOWANCE("教育：生活补助", "education: living allowance"),
  /** 教育：营养膳食补助 — education: nutrition subsidy. */
  EDUCATION_NUTRITION("教育：营养膳食补助", "education: nutrition subsidy"),
  /** 教育：国家助学金 — education: national grant. */
  EDUCATION_NATIONAL_GRANT("教育：国家助学金", "education: national grant"),
  /** 教育：生源地信用助学贷款贴息 — education: student loan with interest subsidy. */
  EDUCATION_STUDENT_LOAN("教育：生源地信用助学贷款贴息", "education: student loan with interest subsidy"),
  /** 危房改造补助（一次性） — dilapidated-house renovation grant (once). */
  HOUSING_RENOVATION("危房改造补助（一次性）", "dilapidated-house renovation grant (once)"),
  /** 易地扶贫搬迁补助（一次性） — relocation subsidy (once). */
  RELOCATION_SUBSIDY("易地扶贫搬迁补助（一次性）", "relocation subsidy (once)");

  private final String chinese;
  private final String english;

  EntitlementKind(String chinese, String english) {
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

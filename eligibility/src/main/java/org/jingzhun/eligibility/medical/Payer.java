package org.jingzhun.eligibility.medical;

import org.jingzhun.core.explain.Labelled;

/** 支付方 — a payer of the medical cascade. */
public enum Payer implements Labelled {
  /** 基本医疗保险 — basic medical insurance. */
  BASIC_MEDICAL_INSURANCE("基本医疗保险", "basic medical insurance"),
  /** 大病保险 — critical-illness insurance. */
  CRITICAL_ILLNESS_INSURANCE("大病保险", "critical-illness insurance"),
  /** 医疗救助 — medical assistance. */
  MEDICAL_ASSISTANCE("医疗救助", "medical assistance"),
  /** 健康扶贫基金 — health-poverty fund. */
  HEALTH_POVERTY_FUND("健康扶贫基金", "health-poverty fund"),
  /** 其他补充保障 — other supplementary fund. */
  OTHER_FUND("其他补充保障", "other supplementary fund"),
  /** 个人自付封顶兜底 — personal-share cap (covered by the county). */
  PERSONAL_SHARE_CAP("个人自付封顶兜底", "personal-share cap (covered by the county)");

  private final String chinese;
  private final String english;

  Payer(String chinese, String english) {
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

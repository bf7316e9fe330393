package org.jingzhun.finance.medicalfund;

import org.jingzhun.core.explain.Labelled;

/** 救助类别 — what a disbursement of the medical-assistance fund pays for. */
public enum AssistanceLayer implements Labelled {
  /** 资助参保 — the beneficiary's premium for basic medical insurance, in part or in full. */
  PREMIUM_SUBSIDY("资助参保", "premium subsidy"),
  /** 住院救助 — aid with the personal share of an inpatient bill. */
  INPATIENT("住院救助", "inpatient aid"),
  /** 门诊救助 — aid with outpatient costs of listed chronic and special diseases. */
  OUTPATIENT("门诊救助", "outpatient aid"),
  /** 其他救助 — any other aid the fund pays (e.g. temporary aid for a catastrophic bill). */
  OTHER("其他救助", "other aid");

  private final String chinese;
  private final String english;

  AssistanceLayer(String chinese, String english) {
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

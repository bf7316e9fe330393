package org.jingzhun.eligibility.batch;

import org.jingzhun.core.explain.Labelled;

/** 五个一批 — the five paths out of poverty (中发〔2015〕34号). */
public enum FiveBatch implements Labelled {
  /** 发展生产和就业脱贫一批 — production and employment. */
  PRODUCTION_AND_EMPLOYMENT("发展生产和就业脱贫一批", "production and employment"),
  /** 易地搬迁脱贫一批 — relocation. */
  RELOCATION("易地搬迁脱贫一批", "relocation"),
  /** 生态补偿脱贫一批 — ecological compensation. */
  ECOLOGICAL_COMPENSATION("生态补偿脱贫一批", "ecological compensation"),
  /** 发展教育脱贫一批 — education. */
  EDUCATION("发展教育脱贫一批", "education"),
  /** 社会保障兜底一批 — social-security floor. */
  SOCIAL_SECURITY("社会保障兜底一批", "social-security floor");

  private final String chinese;
  private final String english;

  FiveBatch(String chinese, String english) {
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

package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/**
 * 健康状况 — a member's health as recorded at registration: the per-person disease record
 * (患病类别: serious, chronic or ordinary illness) that drives follow-up, medical aid and the
 * classified add-ons; healthy when no illness is recorded.
 */
public enum HealthCondition implements Labelled {
  /** 健康 — healthy. */
  HEALTHY("健康", "healthy"),
  /** 长期慢性病 — chronic illness. */
  CHRONIC_ILLNESS("长期慢性病", "chronic illness"),
  /** 患有大病 — serious illness. */
  SERIOUS_ILLNESS("患有大病", "serious illness"),
  /** 患有一般疾病 — an ordinary illness (neither serious nor a listed chronic disease). */
  ORDINARY_ILLNESS("患有一般疾病", "ordinary illness");

  private final String chinese;
  private final String english;

  HealthCondition(String chinese, String english) {
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

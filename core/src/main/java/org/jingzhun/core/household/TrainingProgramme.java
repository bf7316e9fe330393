package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 培训项目 — the programme under which a member was trained in a practical skill. */
public enum TrainingProgramme implements Labelled {
  /** 新型职业农民培育 — training of new professional farmers. */
  NEW_PROFESSIONAL_FARMER("新型职业农民培育", "new professional farmer training"),
  /** 农村实用技术培训 — rural practical-technique training. */
  PRACTICAL_TECHNIQUE("农村实用技术培训", "rural practical-technique training"),
  /** 雨露计划短期技能培训 — the Rain and Dew plan's short skills courses. */
  RAIN_AND_DEW_SHORT_COURSE("雨露计划短期技能培训", "Rain and Dew short skills course"),
  /** 其他培训 — any other training that taught a practical skill. */
  OTHER("其他培训", "other training");

  private final String chinese;
  private final String english;

  TrainingProgramme(String chinese, String english) {
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

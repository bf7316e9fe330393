package org.jingzhun.planning.plan;

import org.jingzhun.core.explain.Labelled;

/** 项目类型 — the kind of a project in the project library; funding sources are earmarked by it. */
public enum ProjectType implements Labelled {
  /** 通村通组道路 — road. */
  ROAD("通村通组道路", "road"),
  /** 安全饮水工程 — drinking water. */
  WATER("安全饮水工程", "drinking water"),
  /** 农网改造 — power grid. */
  POWER("农网改造", "power grid"),
  /** 宽带网络 — broadband. */
  BROADBAND("宽带网络", "broadband"),
  /** 危房改造 — dilapidated-house renovation. */
  HOUSING("危房改造", "dilapidated-house renovation"),
  /** 易地扶贫搬迁 — relocation. */
  RELOCATION("易地扶贫搬迁", "relocation"),
  /** 产业发展 — industry. */
  INDUSTRY("产业发展", "industry"),
  /** 技能培训 — skills training. */
  TRAINING("技能培训", "skills training"),
  /** 乡村旅游 — rural tourism. */
  TOURISM("乡村旅游", "rural tourism"),
  /** 电子商务 — e-commerce. */
  E_COMMERCE("电子商务", "e-commerce"),
  /** 村卫生室 — village clinic. */
  CLINIC("村卫生室", "village clinic"),
  /** 学校建设 — school building. */
  SCHOOL("学校建设", "school building");

  private final String chinese;
  private final String english;

  ProjectType(String chinese, String english) {
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

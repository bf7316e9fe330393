package org.jingzhun.planning.plan;

import org.jingzhun.core.explain.Labelled;

/** 项目类型 — the kind of a project in the project library; funding sources are earmarked by it. */
public enum ProjectType implements Labelled {
  ROAD("通村通组道路", "road"),
  WATER("安全饮水工程", "drinking water"),
  POWER("农网改造", "power grid"),
  BROADBAND("宽带网络", "broadband"),
  HOUSING("危房改造", "dilapidated-house renovation"),
  RELOCATION("易地扶贫搬迁", "relocation"),
  INDUSTRY("产业发展", "industry"),
  TRAINING("技能培训", "skills training"),
  TOURISM("乡村旅游", "rural tourism"),
  E_COMMERCE("电子商务", "e-commerce"),
  CLINIC("村卫生室", "village clinic"),
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

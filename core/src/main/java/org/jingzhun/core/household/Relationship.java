package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 与户主关系 — a member's relationship to the head of the household. */
public enum Relationship implements Labelled {
  HEAD("户主", "head of household"),
  SPOUSE("配偶", "spouse"),
  CHILD("子女", "child"),
  CHILD_IN_LAW("儿媳或女婿", "child-in-law"),
  GRANDCHILD("孙子女", "grandchild"),
  PARENT("父母", "parent"),
  GRANDPARENT("祖父母", "grandparent"),
  SIBLING("兄弟姐妹", "sibling"),
  OTHER("其他", "other");

  private final String chinese;
  private final String english;

  Relationship(String chinese, String english) {
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

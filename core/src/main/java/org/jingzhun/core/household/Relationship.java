package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 与户主关系 — a member's relationship to the head of the household. */
public enum Relationship implements Labelled {
  /** 户主 — head of household. */
  HEAD("户主", "head of household"),
  /** 配偶 — spouse. */
  SPOUSE("配偶", "spouse"),
  /** 子女 — child. */
  CHILD("子女", "child"),
  /** 儿媳或女婿 — child-in-law. */
  CHILD_IN_LAW("儿媳或女婿", "child-in-law"),
  /** 孙子女 — grandchild. */
  GRANDCHILD("孙子女", "grandchild"),
  /** 父母 — parent. */
  PARENT("父母", "parent"),
  /** 祖父母 — grandparent. */
  GRANDPARENT("祖父母", "grandparent"),
  /** 兄弟姐妹 — sibling. */
  SIBLING("兄弟姐妹", "sibling"),
  /** 其他 — other. */
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

package org.jingzhun.eligibility.dibao;

import org.jingzhun.core.explain.Labelled;

/** 分类施保类别 — why a member gets a classified add-on. */
public enum AddOnKind implements Labelled {
  /** 重度残疾（1—2级）增发 — add-on for a severe (grade 1–2) disability. */
  SEVERE_DISABILITY("重度残疾（1—2级）增发", "add-on for a severe (grade 1–2) disability"),
  /** 患大病增发 — add-on for a serious illness. */
  SERIOUS_ILLNESS("患大病增发", "add-on for a serious illness");

  private final String chinese;
  private final String english;

  AddOnKind(String chinese, String english) {
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

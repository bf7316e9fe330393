package org.jingzhun.planning.uncertainty;

import org.jingzhun.core.explain.Labelled;

/** 计量单位 — what a headline counts or sums. */
public enum Unit implements Labelled {
  /** Households, a whole number. */
  HOUSEHOLDS("户", "households"),
  /** Persons, a whole number. */
  PERSONS("人", "persons"),
  /** Villages, a whole number. */
  VILLAGES("个村", "villages"),
  /** Yuan, exact to the fen. */
  YUAN("元", "yuan");

  private final String chinese;
  private final String english;

  Unit(String chinese, String english) {
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

package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 建档立卡状态 — where a registered household stands on the poverty register. */
public enum RegistrationStatus implements Labelled {
  /** 未脱贫 — poor (not yet exited). */
  POOR("未脱贫", "poor (not yet exited)"),
  /** 已脱贫 — exited. */
  EXITED("已脱贫", "exited");

  private final String chinese;
  private final String english;

  RegistrationStatus(String chinese, String english) {
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

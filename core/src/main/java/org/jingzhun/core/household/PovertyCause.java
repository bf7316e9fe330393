package org.jingzhun.core.household;

import org.jingzhun.core.explain.Labelled;

/** 致贫原因 — a cause of poverty recorded at registration. */
public enum PovertyCause implements Labelled {
  /** 因病 — illness. */
  ILLNESS("因病", "illness"),
  /** 因残 — disability. */
  DISABILITY("因残", "disability"),
  /** 因学 — cost of schooling. */
  SCHOOLING("因学", "cost of schooling"),
  /** 因灾 — disaster. */
  DISASTER("因灾", "disaster"),
  /** 缺土地 — lack of land. */
  LACK_OF_LAND("缺土地", "lack of land"),
  /** 缺水 — lack of water. */
  LACK_OF_WATER("缺水", "lack of water"),
  /** 缺技术 — lack of skills. */
  LACK_OF_SKILLS("缺技术", "lack of skills"),
  /** 缺劳力 — lack of labour. */
  LACK_OF_LABOUR("缺劳力", "lack of labour"),
  /** 缺资金 — lack of capital. */
  LACK_OF_CAPITAL("缺资金", "lack of capital"),
  /** 交通条件落后 — poor transport. */
  POOR_TRANSPORT("交通条件落后", "poor transport"),
  /** 自身发展动力不足 — lack of drive. */
  LACK_OF_DRIVE("自身发展动力不足", "lack of drive");

  private final String chinese;
  private final String english;

  PovertyCause(String chinese, String english) {
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

package org.jingzhun.planning.target;

import org.jingzhun.core.explain.Labelled;

/**
 * 目标指标 — a yearly figure a campaign sets a target for, and which way the target runs: a
 * count to reach at least (villages delisted, persons lifted out) or a count to stay at or
 * under (poor persons remaining).
 */
public enum TargetMeasure implements Labelled {
  /** 贫困村退出个数 — poor villages delisted. */
  VILLAGES_DELISTED("贫困村退出个数", "poor villages delisted", true),
  /** 脱贫户数 — households lifted out. */
  HOUSEHOLDS_LIFTED_OUT("脱贫户数", "households lifted out", true),
  /** 脱贫人数 — persons lifted out. */
  PERSONS_LIFTED_OUT("脱贫人数", "persons lifted out", true),
  /** 剩余贫困人口 — poor persons remaining. */
  POOR_PERSONS_REMAINING("剩余贫困人口", "poor persons remaining", false),
  /**
   * 掌握实用技能的贫困劳动力 — poor labourers trained in at least one practical skill
   * ({@link SkillTarget}).
   */
  SKILLED_LABOURERS("掌握至少一门实用技能的贫困劳动力", "poor labourers with at least one practical skill", true);

  private final String chinese;
  private final String english;
  private final boolean atLeast;

  TargetMeasure(String chinese, String english, boolean atLeast) {
    this.chinese = chinese;
    this.english = english;
    this.atLeast = atLeast;
  }

  /**
   * {@return whether the target is a floor (reach at least) rather than a ceiling (stay at or
   * under)}
   */
  public boolean atLeast() {
    return atLeast;
  }

  /**
   * {@return how far {@code actual} falls short of {@code target}: zero when the target is met}
   *
   * @param target the target
   * @param actual what was achieved
   */
  public long shortfall(long target, long actual) {
    return atLeast ? Math.max(0, target - actual) : Math.max(0, actual - target);
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

package org.jingzhun.eligibility.housing;

import org.jingzhun.core.explain.Labelled;

/**
 * 巴山新居建设方式 — how the houses of a settlement are built: under a unified plan by the
 * government, jointly, or by the households themselves, or bought through market operation. Each
 * mode has its own per-household subsidy and household contribution ({@link SettlementRules}).
 */
public enum BuildMode implements Labelled {
  /** 统规统建 — unified plan, built by the government. */
  GOVERNMENT_BUILT("统规统建", "unified plan, government-built", "government-built"),
  /** 统规联建 — unified plan, built jointly by the households with the government's help. */
  JOINTLY_BUILT("统规联建", "unified plan, jointly built", "jointly-built"),
  /** 统规自建 — unified plan, built by each household itself. */
  SELF_BUILT("统规自建", "unified plan, self-built", "self-built"),
  /** 市场运作 — market operation: houses bought or built through the market. */
  MARKET_OPERATION("市场运作", "market operation", "market-operation");

  private final String chinese;
  private final String english;
  private final String slug;

  BuildMode(String chinese, String english, String slug) {
    this.chinese = chinese;
    this.english = english;
    this.slug = slug;
  }

  @Override
  public String chinese() {
    return chinese;
  }

  @Override
  public String english() {
    return english;
  }

  /** {@return the mode's part of its parameters' names, e.g. {@code self-built}} */
  String slug() {
    return slug;
  }
}

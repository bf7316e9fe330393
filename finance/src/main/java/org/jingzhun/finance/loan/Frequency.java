package org.jingzhun.finance.loan;

import org.jingzhun.core.explain.Labelled;

/** 结息周期 — how often interest (and instalments) fall due. */
public enum Frequency implements Labelled {
  /** 按月 — monthly. */
  MONTHLY("按月", "monthly", 1),
  /** 按季 — quarterly. */
  QUARTERLY("按季", "quarterly", 3),
  /** 按年 — yearly. */
  YEARLY("按年", "yearly", 12),
  /** 利随本清 — a single period from disbursement to maturity. */
  AT_MATURITY("到期一次", "at maturity", 0);

  private final String chinese;
  private final String english;
  private final int months;

  Frequency(String chinese, String english, int months) {
    this.chinese = chinese;
    this.english = english;
    this.months = months;
  }

  /** {@return the months in one period; 0 for {@link #AT_MATURITY}} */
  public int months() {
    return months;
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

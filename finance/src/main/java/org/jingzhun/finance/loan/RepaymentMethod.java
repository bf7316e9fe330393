package org.jingzhun.finance.loan;

import org.jingzhun.core.explain.Labelled;

/** 还款方式 — how the principal of a loan is repaid over its periods. */
public enum RepaymentMethod implements Labelled {
  /** 等额本息 — equal instalments of principal and interest (an annuity). */
  EQUAL_INSTALMENTS("等额本息", "equal instalments", DayCount.MONTHLY),
  /** 等额本金 — equal parts of principal each period, interest on the balance. */
  EQUAL_PRINCIPAL("等额本金", "equal principal", DayCount.MONTHLY),
  /** 按期付息、到期还本 — interest each period, all principal at maturity. */
  INTEREST_THEN_PRINCIPAL("按期付息、到期还本", "periodic interest, principal at maturity", DayCount.ACT_360),
  /** 自定还款计划 — principal repaid on the dates and in the amounts the contract lists. */
  EXPLICIT("自定还款计划", "explicit schedule", DayCount.ACT_360);

  private final String chinese;
  private final String english;
  private final DayCount defaultDayCount;

  RepaymentMethod(String chinese, String english, DayCount defaultDayCount) {
    this.chinese = chinese;
    this.english = english;
    this.defaultDayCount = defaultDayCount;
  }

  /**
   * {@return the day count of a loan repaid this way whose contract names none: the bank convention
   * for instalment loans, a month's interest = balance × annual rate / 12
   * ({@link DayCount#MONTHLY}, as bank statements and the common loan calculators print them);
   * actual days / 360 for the others}
   */
  public DayCount defaultDayCount() {
    return defaultDayCount;
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

package org.jingzhun.finance.subsidy;

import org.jingzhun.core.explain.Labelled;

/** 贴息利率 — the annual rate up to which interest is subsidised. */
public enum SubsidisedRate implements Labelled {
  /** 全额贴息 — at the rate the bank charges. */
  BANK_RATE("按实际利率", "the bank's rate"),
  /**
   * 按基准利率贴息 — at most the benchmark rate for the loan's term (≤ 1 year, 1–5 years, over
   * 5 years); the borrower pays any float above it.
   */
  BENCHMARK("按同期基准利率", "the benchmark rate for the term"),
  /**
   * At most the LPR: the 1-year LPR for loans of up to a year, the 5-year LPR for longer ones, as
   * in force on each period's start.
   */
  LPR("按同期LPR", "the LPR for the term"),
  /** 固定贴息率 — at most a fixed rate, e.g. 5 % a year. */
  FIXED("固定贴息率", "a fixed rate"),
  /**
   * At most the LPR for the term in force on the contract date, fixed for the contract: poverty
   * microcredit signed from 2021 (银保监发〔2021〕6号).
   */
  LPR_AT_CONTRACT("按签约时同期LPR（合同期内不变）", "the LPR for the term on the contract date, fixed");

  private final String chinese;
  private final String english;

  SubsidisedRate(String chinese, String english) {
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

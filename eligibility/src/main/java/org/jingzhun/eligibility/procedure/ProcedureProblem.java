package org.jingzhun.eligibility.procedure;

import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;

/** 程序问题 — what is wrong with a step of a procedure. */
public enum ProcedureProblem implements Termed {
  /** 缺少该步骤 — step missing. */
  MISSING("缺少该步骤", "step missing"),
  /** 该步骤未通过 — step did not pass. */
  NOT_PASSED("该步骤未通过", "step did not pass"),
  /** 步骤顺序颠倒（早于前一步骤完成） — out of order (before the previous step ended). */
  OUT_OF_ORDER("步骤顺序颠倒（早于前一步骤完成）", "out of order (before the previous step ended)"),
  /** 公示天数不足 — public notice too short. */
  TOO_SHORT("公示天数不足", "public notice too short");

  private final Term term;

  ProcedureProblem(String chinese, String english) {
    this.term = Term.of(name(), chinese, english);
  }

  @Override
  public Term term() {
    return term;
  }
}

package org.jingzhun.eligibility.identification;

import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;

/** 识别理由 — why a household was or was not identified as poor, and why it is monitored. */
public enum IdentificationReason implements Termed {
  /** 人均纯收入低于识别标准 — per-capita net income below the identification line. */
  INCOME_BELOW_LINE("人均纯收入低于识别标准", "per-capita net income below the identification line"),
  /** 人均纯收入不低于识别标准 — per-capita net income not below the identification line. */
  INCOME_NOT_BELOW_LINE("人均纯收入不低于识别标准", "per-capita net income not below the identification line"),
  /** 存在“三保障”短板且收入低于短板识别收入上限 — guarantee deficits with income below the deficit income limit. */
  DEFICITS_WITHIN_INCOME_LIMIT("存在“三保障”短板且收入低于短板识别收入上限",
      "guarantee deficits with income below the deficit income limit"),
  /** 人均纯收入低于农村低保标准 — per-capita net income below the rural dibao standard. */
  INCOME_BELOW_DIBAO_STANDARD("人均纯收入低于农村低保标准", "per-capita net income below the rural dibao standard"),
  /**
   * 全体成员无劳动能力且无生产经营、工资或财产收入 — no member can work and the household has no wages, business or
   * property income.
   */
  NO_LABOUR_NO_LIVELIHOOD("全体成员无劳动能力且无生产经营、工资或财产收入",
      "no member can work and the household has no wages, business or property income"),
  /** 收入低于监测收入线 — income below the monitoring threshold. */
  MONITORING_INCOME("收入低于监测收入线", "income below the monitoring threshold"),
  /**
   * 因病因残因灾刚性支出超过收入的规定倍数 — rigid spending on illness, disability or disaster above the set multiple
   * of income.
   */
  MONITORING_RIGID_SPENDING("因病因残因灾刚性支出超过收入的规定倍数",
      "rigid spending on illness, disability or disaster above the set multiple of income");

  private final Term term;

  IdentificationReason(String chinese, String english) {
    this.term = Term.of(name(), chinese, english);
  }

  @Override
  public Term term() {
    return term;
  }
}

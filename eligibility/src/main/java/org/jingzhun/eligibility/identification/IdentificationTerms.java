package org.jingzhun.eligibility.identification;

import org.jingzhun.core.explain.Term;

/** The terms of the identification rule, for explanations. */
public final class IdentificationTerms {
  private IdentificationTerms() {}

  /** The term 贫困户识别 (identification of a poor household), as explanations print it. */
  public static final Term RULE = Term.of("identification", "贫困户识别", "identification of a poor household");
  /** The term 贫困户类别 (category of the poor household), as explanations print it. */
  public static final Term CATEGORY_RULE = Term.of("identification.category", "贫困户类别", "category of the poor household");
  /** The term 防返贫监测 (monitoring for a fall into poverty), as explanations print it. */
  public static final Term MONITORING_RULE = Term.of("identification.monitoring", "防返贫监测", "monitoring for a fall into poverty");
  /** The term 农户 (household), as explanations print it. */
  public static final Term HOUSEHOLD = Term.of("household", "农户", "household");
  /** The term 评估日期 (evaluation date), as explanations print it. */
  public static final Term DATE = Term.of("date", "评估日期", "evaluation date");
  /** The term 家庭人口 (members), as explanations print it. */
  public static final Term MEMBERS = Term.of("members", "家庭人口", "members");
  /** The term 家庭纯收入 (net income), as explanations print it. */
  public static final Term NET_INCOME = Term.of("netIncome", "家庭纯收入", "net income");
  /** The term 人均纯收入 (per-capita net income), as explanations print it. */
  public static final Term PER_CAPITA_INCOME = Term.of("perCapitaNetIncome", "人均纯收入", "per-capita net income");
  /**
   * The term 识别标准（元/人·年） (identification line (yuan per person a year)), as explanations print it.
   */
  public static final Term LINE = Term.of("line", "识别标准（元/人·年）", "identification line (yuan per person a year)");
  /**
   * The term 监测所用当年扶贫标准（元/人·年） (the year's poverty line for monitoring (yuan per person a year)),
   * as explanations print it.
   */
  public static final Term MONITORING_LINE = Term.of("monitoringLine", "监测所用当年扶贫标准（元/人·年）",
      "the year's poverty line for monitoring (yuan per person a year)");
  /** The term “三保障”短板 (guarantee deficits), as explanations print it. */
  public static final Term DEFICITS = Term.of("deficits", "“三保障”短板", "guarantee deficits");
  /** The term 短板权重合计 (deficit score), as explanations print it. */
  public static final Term DEFICIT_SCORE = Term.of("deficitScore", "短板权重合计", "deficit score");
  /**
   * The term 农村低保年标准（元/人·年） (rural dibao standard (yuan per person a year)), as explanations print
   * it.
   */
  public static final Term DIBAO_ANNUAL = Term.of("dibaoAnnual", "农村低保年标准（元/人·年）", "rural dibao standard (yuan per person a year)");
  /**
   * The term 因病因残因灾刚性支出 (rigid spending on illness, disability and disaster), as explanations print
   * it.
   */
  public static final Term RIGID_SPENDING = Term.of("rigidSpending", "因病因残因灾刚性支出", "rigid spending on illness, disability and disaster");
  /** The term 是否贫困 (poor), as explanations print it. */
  public static final Term POOR = Term.of("poor", "是否贫困", "poor");
}

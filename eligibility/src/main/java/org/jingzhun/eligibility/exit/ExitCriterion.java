package org.jingzhun.eligibility.exit;

import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;

/** 退出指标 — one criterion of a household, village or county exit test. */
public enum ExitCriterion implements Termed {
  INCOME("人均纯收入超过当年扶贫标准", "per-capita net income above the year's line"),
  INCOME_STABLE("以前年度收入亦超过当年标准（稳定）", "income above the line in the earlier years too (stability)"),
  COMPULSORY_EDUCATION("义务教育有保障", "compulsory education guaranteed"),
  BASIC_MEDICAL("基本医疗有保障", "basic medical care guaranteed"),
  SAFE_HOUSING("住房安全有保障", "safe housing guaranteed"),
  SAFE_WATER("饮水安全", "safe drinking water"),
  INCIDENCE("贫困发生率低于规定", "poverty incidence below the threshold"),
  HARDENED_ROAD("通硬化路", "hardened road"),
  ELECTRICITY("通电", "electricity"),
  WATER_SUPPLY("安全饮水设施", "safe water supply"),
  CLINIC("标准化卫生室", "standard clinic"),
  BROADBAND("通宽带", "broadband"),
  COLLECTIVE_INCOME("村集体经济收入达到规定", "collective income at least the minimum"),
  MISSED_IDENTIFICATION("漏评率低于规定", "missed-identification rate below the threshold"),
  WRONG_EXIT("错退率低于规定", "wrong-exit rate below the threshold"),
  PUBLIC_APPROVAL("群众认可度高于规定", "public approval above the threshold");

  private final Term term;

  ExitCriterion(String chinese, String english) {
    this.term = Term.of(name(), chinese, english);
  }

  @Override
  public Term term() {
    return term;
  }
}

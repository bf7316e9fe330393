package org.jingzhun.eligibility.exit;

import org.jingzhun.core.explain.Term;
import org.jingzhun.core.explain.Termed;

/** 退出指标 — one criterion of a household, village or county exit test. */
public enum ExitCriterion implements Termed {
  /** 人均纯收入超过当年扶贫标准 — per-capita net income above the year's line. */
  INCOME("人均纯收入超过当年扶贫标准", "per-capita net income above the year's line"),
  /** 以前年度收入亦超过当年标准（稳定） — income above the line in the earlier years too (stability). */
  INCOME_STABLE("以前年度收入亦超过当年标准（稳定）", "income above the line in the earlier years too (stability)"),
  /** 义务教育有保障 — compulsory education guaranteed. */
  COMPULSORY_EDUCATION("义务教育有保障", "compulsory education guaranteed"),
  /** 基本医疗有保障 — basic medical care guaranteed. */
  BASIC_MEDICAL("基本医疗有保障", "basic medical care guaranteed"),
  /** 住房安全有保障 — safe housing guaranteed. */
  SAFE_HOUSING("住房安全有保障", "safe housing guaranteed"),
  /** 饮水安全 — safe drinking water. */
  SAFE_WATER("饮水安全", "safe drinking water"),
  /** 贫困发生率低于规定 — poverty incidence below the threshold. */
  INCIDENCE("贫困发生率低于规定", "poverty incidence below the threshold"),
  /** 通硬化路 — hardened road. */
  HARDENED_ROAD("通硬化路", "hardened road"),
  /** 通电 — electricity. */
  ELECTRICITY("通电", "electricity"),
  /** 安全饮水设施 — safe water supply. */
  WATER_SUPPLY("安全饮水设施", "safe water supply"),
  /** 标准化卫生室 — standard clinic. */
  CLINIC("标准化卫生室", "standard clinic"),
  /** 通宽带 — broadband. */
  BROADBAND("通宽带", "broadband"),
  /** 村集体经济收入达到规定 — collective income at least the minimum. */
  COLLECTIVE_INCOME("村集体经济收入达到规定", "collective income at least the minimum"),
  /** 漏评率低于规定 — missed-identification rate below the threshold. */
  MISSED_IDENTIFICATION("漏评率低于规定", "missed-identification rate below the threshold"),
  /** 错退率低于规定 — wrong-exit rate below the threshold. */
  WRONG_EXIT("错退率低于规定", "wrong-exit rate below the threshold"),
  /** 群众认可度高于规定 — public approval above the threshold. */
  PUBLIC_APPROVAL("群众认可度高于规定", "public approval above the threshold"),
  /** 户通生活用电 — household electricity (四川“六有”). */
  HOUSEHOLD_ELECTRICITY("户通生活用电", "household electricity"),
  /** 户通广播电视 — radio and television (四川“六有”). */
  RADIO_TELEVISION("户通广播电视", "radio and television"),
  /** 有文化室 — a cultural room (四川“五有”). */
  CULTURAL_ROOM("有文化室", "a cultural room"),
  /** 乡镇有标准中心校 — a standard central school in every township (四川“三有”). */
  TOWNSHIP_CENTRAL_SCHOOL("每个乡镇有标准中心校", "a standard central school in every township"),
  /** 乡镇有达标卫生院 — a qualified health centre in every township (四川“三有”). */
  TOWNSHIP_HEALTH_CENTRE("每个乡镇有达标卫生院", "a qualified health centre in every township"),
  /** 乡镇有便民服务中心 — a convenience service centre in every township (四川“三有”). */
  TOWNSHIP_SERVICE_CENTRE("每个乡镇有便民服务中心", "a convenience service centre in every township");

  private final Term term;

  ExitCriterion(String chinese, String english) {
    this.term = Term.of(name(), chinese, english);
  }

  @Override
  public Term term() {
    return term;
  }
}

package org.jingzhun.eligibility.education;

import org.jingzhun.core.explain.Labelled;

/** 教育资助项目 — a kind of education assistance. */
public enum EducationAid implements Labelled {
  /** 免除学杂费（保教费、教科书费） — fees waived (tuition, care or textbooks). */
  FEE_WAIVER("免除学杂费（保教费、教科书费）", "fees waived (tuition, care or textbooks)"),
  /** 家庭经济困难学生生活补助 — living allowance. */
  LIVING_ALLOWANCE("家庭经济困难学生生活补助", "living allowance"),
  /** 营养膳食补助 — nutrition subsidy. */
  NUTRITION("营养膳食补助", "nutrition subsidy"),
  /** 国家助学金 — national grant. */
  NATIONAL_GRANT("国家助学金", "national grant"),
  /** 生源地信用助学贷款在读期间全额贴息 — student credit loan, interest fully subsidised while studying. */
  STUDENT_LOAN_INTEREST_SUBSIDY("生源地信用助学贷款在读期间全额贴息", "student credit loan, interest fully subsidised while studying"),
  /** 学前教育资助 — preschool subsidy. */
  PRESCHOOL_SUBSIDY("学前教育资助", "preschool subsidy"),
  /** 雨露计划职业教育补助 — the Rain and Dew plan's subsidy for vocational students. */
  RAIN_AND_DEW("雨露计划职业教育补助", "Rain and Dew plan subsidy for vocational students"),
  /** 国家励志奖学金（按评定发放） — national encouragement scholarship, awarded on merit. */
  SCHOLARSHIP("国家励志奖学金（按评定发放）", "national encouragement scholarship (awarded on merit)");

  private final String chinese;
  private final String english;

  EducationAid(String chinese, String english) {
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

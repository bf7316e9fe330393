package org.jingzhun.eligibility.housing;

import org.jingzhun.core.explain.Labelled;

/**
 * 整合住房资金来源 — the housing-related funds a district pools into one settlement plan; each
 * is held apart (ring-fenced) and pays only up to what it has.
 */
public enum HousingFund implements Labelled {
  /** 农村危房改造资金 — dilapidated-house renovation funds. */
  DILAPIDATED_RENOVATION("农村危房改造资金", "dilapidated-house renovation funds"),
  /** 农房抗震改造资金 — seismic retrofit funds. */
  SEISMIC_RETROFIT("农房抗震改造资金", "seismic retrofit funds"),
  /** 旧村改造资金 — old-village renewal funds. */
  OLD_VILLAGE_RENEWAL("旧村改造资金", "old-village renewal funds"),
  /** 新村建设基础设施资金 — new-village infrastructure funds. */
  NEW_VILLAGE_INFRASTRUCTURE("新村建设基础设施资金", "new-village infrastructure funds"),
  /** 城乡建设用地增减挂钩收益 — proceeds of the urban–rural construction-land linkage. */
  LAND_LINKAGE("城乡建设用地增减挂钩收益", "urban–rural construction-land linkage proceeds"),
  /** 易地扶贫搬迁资金 — poverty relocation funds. */
  POVERTY_RELOCATION("易地扶贫搬迁资金", "poverty relocation funds"),
  /** 地质灾害避险搬迁资金 — geological-hazard relocation funds. */
  GEOLOGICAL_HAZARD_RELOCATION("地质灾害避险搬迁资金", "geological-hazard relocation funds"),
  /** 生态移民搬迁资金 — ecological relocation funds. */
  ECOLOGICAL_RELOCATION("生态移民搬迁资金", "ecological relocation funds"),
  /** 土地整理资金 — land consolidation funds. */
  LAND_CONSOLIDATION("土地整理资金", "land consolidation funds");

  private final String chinese;
  private final String english;

  HousingFund(String chinese, String english) {
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

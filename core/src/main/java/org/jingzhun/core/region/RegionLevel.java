package org.jingzhun.core.region;

/** 行政级别 — the level of an administrative region, from the nation down to the village. */
public enum RegionLevel {
  NATION("全国"),
  PROVINCE("省"),
  CITY("市"),
  COUNTY("县"),
  TOWNSHIP("乡镇"),
  VILLAGE("村");

  private final String chinese;

  RegionLevel(String chinese) {
    this.chinese = chinese;
  }

  /** The Chinese label, for reports. */
  public String chinese() {
    return chinese;
  }
}

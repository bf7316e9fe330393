package org.jingzhun.core.region;

/** 行政级别 — the level of an administrative region, from the nation down to the village. */
public enum RegionLevel {
  /** 全国 — the nation, {@code 000000}. */
  NATION("全国"),
  /** 省 — a province, autonomous region or municipality, six digits ending 0000. */
  PROVINCE("省"),
  /** 市 — a prefecture-level city, six digits ending 00. */
  CITY("市"),
  /** 县 — a county or county-level district, six digits. */
  COUNTY("县"),
  /** 乡镇 — a township, nine digits. */
  TOWNSHIP("乡镇"),
  /** 村 — a village, twelve digits. */
  VILLAGE("村");

  private final String chinese;

  RegionLevel(String chinese) {
    this.chinese = chinese;
  }

  /** {@return the Chinese label, for reports} */
  public String chinese() {
    return chinese;
  }
}

package org.jingzhun.examples.scenario;

import java.util.HashMap;
import java.util.Map;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Township;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.region.RegionLevel;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.assessment.AssessmentRollUp;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 绩效分评表 — a run's yearly assessment roll-ups ({@link YearResult#assessment()}) by village or
 * by township: the households registered poor at the start of the year, those assessed out, those
 * that met the guarantees, their net income before and after, the measures prescribed and
 * delivered, their labourers and skilled labourers. Shares are in percent to one place half-up,
 * for display; the counts are exact.
 */
public final class AssessmentTables {
  private static final int PERCENT_PLACES = 1;

  private AssessmentTables() {}

  /**
   * {@return a row per year and area of {@code level} (township or village) with its assessment
   * roll-up; an area with no household assessed in a year has no row}
   *
   * @param result the run, with the assessment asked for
   * @param county the run's county, for the areas' names
   * @param level {@link AreaLevel#TOWNSHIP} or {@link AreaLevel#VILLAGE}
   * @throws IllegalArgumentException for {@link AreaLevel#COUNTY}
   */
  public static Table byYear(CampaignResult result, County county, AreaLevel level) {
    if (level == AreaLevel.COUNTY) {
      throw new IllegalArgumentException("the assessment is rolled up by village and township only");
    }
    RegionLevel regionLevel = level == AreaLevel.TOWNSHIP ? RegionLevel.TOWNSHIP : RegionLevel.VILLAGE;
    Map<RegionCode, String> names = names(county);
    Table.Builder t = Table.keyed("绩效分评 " + level.chinese() + " assessment by " + level.english(),
        "year", "年度 year", "code", "区域代码 code", "name", "名称 name", "households_assessed", "评估户 hh assessed",
        "households_out", "脱贫户 hh out", "out_percent", "脱贫% out", "guarantees_met", "两不愁三保障 guarantees met",
        "net_income_before_yuan", "年初纯收入 net income before (yuan)", "net_income_after_yuan", "年末纯收入 net income after (yuan)",
        "net_income_change_yuan", "收入变化 change (yuan)", "measures_prescribed", "处方措施 measures prescribed",
        "measures_delivered", "落实措施 measures delivered", "labourers", "劳动力 labourers",
        "skilled_labourers", "有技能 skilled labourers", "skilled_percent", "有技能% skilled");
    for (YearResult y : result.years()) {
      for (AssessmentRollUp r : y.assessment()) {
        if (r.area().level() == regionLevel) {
          t.row(String.valueOf(y.year()), r.area().toString(), names.getOrDefault(r.area(), ""), String.valueOf(r.households()),
              String.valueOf(r.out()), r.outShare().percent(PERCENT_PLACES).toPlainString(), String.valueOf(r.guaranteesMet()),
              r.netIncomeBefore().toString(), r.netIncomeAfter().toString(), r.netIncomeChange().toString(),
              String.valueOf(r.measuresPrescribed()), String.valueOf(r.measuresDelivered()), String.valueOf(r.labourers()),
              String.valueOf(r.skilledLabourers()), r.skilledShare().percent(PERCENT_PLACES).toPlainString());
        }
      }
    }
    return t.build();
  }

  private static Map<RegionCode, String> names(County county) {
    Map<RegionCode, String> names = new HashMap<>();
    for (Township township : county.townships()) {
      names.put(township.code(), township.name());
      for (Village village : township.villages()) {
        names.put(village.code(), village.name());
      }
    }
    return names;
  }
}

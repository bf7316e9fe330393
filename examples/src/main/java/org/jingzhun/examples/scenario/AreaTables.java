package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.place.County;
import org.jingzhun.core.place.Township;
import org.jingzhun.core.place.Village;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.Programme;
import org.jingzhun.planning.simulation.VillageYear;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 分区域表 — a run's figures by county, township and village, year by year, from the villages'
 * figures of each {@link YearResult} (a township or the county is the sum of its villages, to the
 * person and the fen). Incidence is poor persons / rural registered population, in percent to two
 * places half-up (for display). Payments by programme are what the household programmes paid in
 * the area; projects, loan subsidies and the funding sources are the county's only, as the plan's
 * grants are the county's.
 */
public final class AreaTables {
  private static final int PERCENT_PLACES = 2;

  /** The figures summed over villages, in the order of the table's columns after year. */
  private static final int HOUSEHOLDS = 0;
  private static final int PERSONS = 1;
  private static final int REGISTERED_POPULATION = 2;
  private static final int REGISTERED_HOUSEHOLDS = 3;
  private static final int REGISTERED_PERSONS = 4;
  private static final int POOR_HOUSEHOLDS = 5;
  private static final int POOR_PERSONS = 6;
  private static final int NEW_POOR_HOUSEHOLDS = 7;
  private static final int NEW_POOR_PERSONS = 8;
  private static final int RETURNING_HOUSEHOLDS = 9;
  private static final int RETURNING_PERSONS = 10;
  private static final int EXITED_HOUSEHOLDS = 11;
  private static final int EXITED_PERSONS = 12;
  private static final int DIBAO_HOUSEHOLDS = 13;
  private static final int DIBAO_PERSONS = 14;
  private static final int DIBAO_FEN = 15;
  private static final int MEDICAL_FEN = 16;
  private static final int EDUCATION_FEN = 17;
  private static final int HOUSING_FEN = 18;
  private static final int POOR_VILLAGES = 19;
  private static final int DELISTED = 20;
  private static final int DELISTED_THIS_YEAR = 21;
  private static final int FIGURES = 22;

  private final CampaignResult result;
  private final County county;
  /** Households and persons of the population, by village code. */
  private final Map<RegionCode, long[]> residents = new HashMap<>();
  /** Each year's villages by code, in the run's order. */
  private final List<Map<RegionCode, VillageYear>> years = new ArrayList<>();

  private AreaTables(CampaignResult result, County county, Population population) {
    this.result = result;
    this.county = county;
    List<RegionCode> codes = population.villages();
    long[][] byIndex = new long[codes.size()][2];
    for (int h = 0; h < population.size(); h++) {
      long[] r = byIndex[population.villageIndex(h)];
      r[0]++;
      r[1] += population.memberCount(h);
    }
    for (int i = 0; i < codes.size(); i++) {
      residents.put(codes.get(i), byIndex[i]);
    }
    for (YearResult y : result.years()) {
      Map<RegionCode, VillageYear> villages = new HashMap<>();
      y.villages().forEach(v -> villages.put(v.village(), v));
      years.add(villages);
    }
  }

  /** {@return the tables of {@code result}, a run of {@code population} in {@code county}} */
  public static AreaTables of(CampaignResult result, County county, Population population) {
    return new AreaTables(result, county, population);
  }

  /** {@return a row per area of {@code level} and year: the figures of the data dictionary's area tables} */
  public Table byYear(AreaLevel level) {
    List<String> columns = new ArrayList<>(List.of("code", "区域代码 code", "name", "名称 name", "year", "年度 year",
        "households", "户数 households", "persons", "人数 persons", "registered_population", "户籍人口 registered population",
        "registered_households", "建档立卡户 registered hh", "registered_persons", "建档立卡人口 registered persons",
        "poor_households", "贫困户 poor hh", "poor_persons", "贫困人口 poor persons", "incidence_percent", "发生率% incidence",
        "new_poor_households", "新识别户 new poor hh", "new_poor_persons", "新识别人口 new poor persons",
        "returning_households", "返贫户 returning hh", "returning_persons", "返贫人口 returning persons",
        "exited_households", "脱贫户 exited hh", "exited_persons", "脱贫人口 exited persons",
        "dibao_households", "低保户 dibao hh", "dibao_persons", "低保人口 dibao persons",
        "dibao_yuan", "低保金 dibao (yuan)", "medical_yuan", "医疗救助 medical (yuan)", "education_yuan", "教育资助 education (yuan)",
        "housing_yuan", "危房改造 housing (yuan)", "poor_villages", "贫困村 poor villages",
        "villages_delisted_total", "累计退出村 delisted total", "villages_delisted", "退出村 villages delisted"));
    if (level == AreaLevel.COUNTY) {
      columns.addAll(List.of("projects_yuan", "项目资金 projects (yuan)", "loan_interest_subsidy_yuan", "贷款贴息 loan subsidy (yuan)",
          "total_yuan", "支出合计 total (yuan)"));
    }
    Table.Builder t = Table.keyed(level.chinese() + "逐年 " + level.english() + " by year", columns.toArray(String[]::new));
    for (int yi = 0; yi < result.years().size(); yi++) {
      YearResult y = result.years().get(yi);
      Map<RegionCode, VillageYear> villages = years.get(yi);
      for (Area a : areas(level)) {
        long[] f = sum(a.villages(), villages);
        List<String> row = new ArrayList<>(List.of(a.code().toString(), a.name(), String.valueOf(y.year())));
        for (int i = 0; i < FIGURES; i++) {
          row.add(i == DIBAO_FEN || i == MEDICAL_FEN || i == EDUCATION_FEN || i == HOUSING_FEN ? Money.ofFen(f[i]).toString()
              : String.valueOf(f[i]));
          if (i == POOR_PERSONS) {
            row.add(percent(f[POOR_PERSONS], f[REGISTERED_POPULATION]));
          }
        }
        if (level == AreaLevel.COUNTY) {
          row.add(y.spendingByProgramme().getOrDefault(Programme.PROJECTS, Money.ZERO).toString());
          row.add(y.spendingByProgramme().getOrDefault(Programme.LOAN_INTEREST_SUBSIDY, Money.ZERO).toString());
          row.add(y.totalSpending().toString());
        }
        t.row(row);
      }
    }
    return t.build();
  }

  /**
   * {@return a row per area of {@code level} over the whole run: residents, the poor and incidence
   * at the end of the last year, persons newly identified, returning and exited over the run,
   * dibao households of the last year and what the household programmes paid over the run}
   */
  public Table overRun(AreaLevel level) {
    Table.Builder t = Table.keyed(level.chinese() + " " + level.english() + " over the run",
        "code", "区域代码 code", "name", "名称 name", "households", "户数 hh", "persons", "人数 persons",
        "poor_persons_end", "期末贫困人口 poor at end", "incidence_percent_end", "期末发生率% incidence at end",
        "exited_persons", "脱贫人口 exited", "new_poor_persons", "新识别 new poor", "returning_persons", "返贫 returning",
        "dibao_households_end", "期末低保户 dibao hh at end", "household_programmes_yuan", "到户支出 paid to households (yuan)");
    for (Area a : areas(level)) {
      long[] run = new long[FIGURES];
      long[] last = new long[FIGURES];
      for (Map<RegionCode, VillageYear> villages : years) {
        last = sum(a.villages(), villages);
        for (int i = 0; i < FIGURES; i++) {
          run[i] += last[i];
        }
      }
      long paid = run[DIBAO_FEN] + run[MEDICAL_FEN] + run[EDUCATION_FEN] + run[HOUSING_FEN];
      t.row(a.code().toString(), a.name(), String.valueOf(last[HOUSEHOLDS]), String.valueOf(last[PERSONS]),
          String.valueOf(last[POOR_PERSONS]), percent(last[POOR_PERSONS], last[REGISTERED_POPULATION]),
          String.valueOf(run[EXITED_PERSONS]), String.valueOf(run[NEW_POOR_PERSONS]), String.valueOf(run[RETURNING_PERSONS]),
          String.valueOf(last[DIBAO_HOUSEHOLDS]), Money.ofFen(paid).toString());
    }
    return t.build();
  }

  /** {@return the plan's grants by funding source, a row per year and source} */
  public Table spendingBySource() {
    Table.Builder t = Table.keyed("分来源资金 project grants by source", "year", "年度 year", "source", "来源 source", "yuan", "金额 amount (yuan)");
    for (YearResult y : result.years()) {
      y.spendingBySource().forEach((source, amount) -> t.row(String.valueOf(y.year()), source, amount.toString()));
    }
    return t.build();
  }

  /** {@return spending by programme, a row per year and programme} */
  public Table spendingByProgramme() {
    Table.Builder t = Table.keyed("分项目支出 spending by programme", "year", "年度 year", "programme", "项目 programme",
        "programme_name", "项目名称 programme name", "yuan", "金额 amount (yuan)");
    for (YearResult y : result.years()) {
      y.spendingByProgramme().forEach((p, amount) -> t.row(String.valueOf(y.year()), p.name().toLowerCase(java.util.Locale.ROOT),
          p.chinese() + " " + p.english(), amount.toString()));
    }
    return t.build();
  }

  /** An area: its code, name and villages. */
  private record Area(RegionCode code, String name, List<Village> villages) {}

  private List<Area> areas(AreaLevel level) {
    return switch (level) {
      case COUNTY -> List.of(new Area(county.code(), county.name(), county.villages()));
      case TOWNSHIP -> county.townships().stream().map(t -> new Area(t.code(), t.name(), t.villages())).toList();
      case VILLAGE -> county.townships().stream().map(Township::villages).flatMap(List::stream)
          .map(v -> new Area(v.code(), v.name(), List.of(v))).toList();
    };
  }

  private long[] sum(List<Village> area, Map<RegionCode, VillageYear> year) {
    long[] f = new long[FIGURES];
    for (Village village : area) {
      VillageYear v = year.get(village.code());
      long[] r = residents.getOrDefault(village.code(), new long[2]);
      f[HOUSEHOLDS] += r[0];
      f[PERSONS] += r[1];
      f[REGISTERED_POPULATION] += village.registeredPopulation();
      f[REGISTERED_HOUSEHOLDS] += v.registeredHouseholds();
      f[REGISTERED_PERSONS] += v.registeredPersons();
      f[POOR_HOUSEHOLDS] += v.poorHouseholds();
      f[POOR_PERSONS] += v.poorPersons();
      f[NEW_POOR_HOUSEHOLDS] += v.newPoorHouseholds();
      f[NEW_POOR_PERSONS] += v.newPoorPersons();
      f[RETURNING_HOUSEHOLDS] += v.returningHouseholds();
      f[RETURNING_PERSONS] += v.returningPersons();
      f[EXITED_HOUSEHOLDS] += v.exitedHouseholds();
      f[EXITED_PERSONS] += v.exitedPersons();
      f[DIBAO_HOUSEHOLDS] += v.dibaoHouseholds();
      f[DIBAO_PERSONS] += v.dibaoPersons();
      f[DIBAO_FEN] += fen(v, Programme.DIBAO);
      f[MEDICAL_FEN] += fen(v, Programme.MEDICAL);
      f[EDUCATION_FEN] += fen(v, Programme.EDUCATION);
      f[HOUSING_FEN] += fen(v, Programme.HOUSING);
      f[POOR_VILLAGES] += v.poorVillage() ? 1 : 0;
      f[DELISTED] += v.delisted() ? 1 : 0;
      f[DELISTED_THIS_YEAR] += v.delistedThisYear() ? 1 : 0;
    }
    return f;
  }

  private static long fen(VillageYear v, Programme p) {
    return v.spendingByProgramme().getOrDefault(p, Money.ZERO).fen();
  }

  /** {@code part / whole} in percent to two places, half-up; 0.00 of nobody. */
  static String percent(long part, long whole) {
    if (whole == 0) {
      return "0.00";
    }
    return BigDecimal.valueOf(part).movePointRight(2).divide(BigDecimal.valueOf(whole), PERCENT_PLACES, RoundingMode.HALF_UP).toPlainString();
  }
}

package org.jingzhun.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jingzhun.core.money.Money;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.simulation.YearResult;
import org.jingzhun.planning.target.TargetCheck;

/**
 * 演示表格 — the tables of a {@link DemoRun}: the year-by-year table, targets against actuals,
 * spending by programme and by source, and the assumptions with their notes. Money in yuan to
 * the fen; incidence in percent to two places (rounded half-up, for display only).
 */
public final class DemoTables {
  private static final int PERCENT_PLACES = 2;

  private DemoTables() {}

  /** 逐年结果 — poor households and persons, incidence, villages delisted, exits, new and returning poor, spending. */
  public static Table years(DemoRun run) {
    Table.Builder t = Table.keyed("逐年结果 year by year", "year", "年度 year", "poor_households", "贫困户 poor hh",
        "poor_persons", "贫困人口 poor persons", "incidence_percent", "发生率% incidence",
        "villages_delisted", "退出村 villages delisted", "villages_delisted_total", "累计退出村 delisted total",
        "exited_persons", "脱贫人口 lifted out", "new_poor_persons", "新识别 new poor", "returning_persons", "返贫 returning",
        "spending_yuan", "支出合计 spending (yuan)");
    for (YearResult y : run.result().years()) {
      t.row(String.valueOf(y.year()), String.valueOf(y.poorHouseholds()), String.valueOf(y.poorPersons()),
          percent(y.county().incidence()), String.valueOf(y.villagesDelistedThisYear()), String.valueOf(y.villagesDelisted()),
          String.valueOf(y.exitedPersons()), String.valueOf(y.newPoorPersons()), String.valueOf(y.returningPersons()),
          y.totalSpending().toString());
    }
    return t.build();
  }

  /** 目标完成情况 — each target against the run's figure, with the shortfall. */
  public static Table targets(DemoRun run) {
    Table.Builder t = Table.keyed("目标与实绩 targets and actuals", "year", "年度 year", "measure", "指标 measure",
        "target", "目标 target", "actual", "实绩 actual", "shortfall", "差距 shortfall", "met", "完成 met");
    run.result().targets().ifPresent(report -> {
      for (TargetCheck c : report.checks()) {
        t.row(String.valueOf(c.year()), c.measure().chinese() + " " + c.measure().english(), String.valueOf(c.target()),
            String.valueOf(c.actual()), String.valueOf(c.shortfall()), c.met() ? "是 yes" : "否 no");
      }
    });
    return t.build();
  }

  /** 分项目支出 — spending by programme, a row per programme, a column per year and the total. */
  public static Table spendingByProgramme(DemoRun run) {
    Map<String, Money[]> rows = new LinkedHashMap<>();
    List<YearResult> years = run.result().years();
    for (int i = 0; i < years.size(); i++) {
      int year = i;
      years.get(i).spendingByProgramme().forEach((p, m) -> cell(rows, p.chinese() + " " + p.english(), years.size())[year] = m);
    }
    return byYear("分项目支出 spending by programme (yuan)", "项目 programme", run, rows);
  }

  /** 分来源资金 — the plan's grants by funding source, a row per source, a column per year and the total. */
  public static Table spendingBySource(DemoRun run) {
    Map<String, Money[]> rows = new LinkedHashMap<>();
    List<YearResult> years = run.result().years();
    for (int i = 0; i < years.size(); i++) {
      int year = i;
      years.get(i).spendingBySource().forEach((source, m) -> cell(rows, source, years.size())[year] = m);
    }
    return byYear("分来源资金 project grants by source (yuan)", "来源 source", run, rows);
  }

  /** 模拟假设 — each assumption, its value and its note. */
  public static Table assumptions(DemoRun run) {
    Table.Builder t = Table.keyed("模拟假设 assumptions (demonstration)", "assumption", "假设 assumption", "value", "取值 value",
        "note", "说明 note");
    run.assumptions().values().forEach((name, value) -> t.row(name, value, run.assumptions().notes().get(name)));
    return t.build();
  }

  private static Money[] cell(Map<String, Money[]> rows, String name, int years) {
    return rows.computeIfAbsent(name, k -> {
      Money[] amounts = new Money[years];
      Arrays.fill(amounts, Money.ZERO);
      return amounts;
    });
  }

  private static Table byYear(String title, String first, DemoRun run, Map<String, Money[]> rows) {
    List<String> columns = new ArrayList<>();
    columns.add(first);
    run.result().years().forEach(y -> columns.add(String.valueOf(y.year())));
    columns.add("合计 total");
    Table.Builder t = Table.builder(title, columns);
    rows.forEach((name, amounts) -> {
      List<String> cells = new ArrayList<>();
      cells.add(name);
      Arrays.stream(amounts).forEach(m -> cells.add(m.toString()));
      cells.add(Money.sum(Arrays.asList(amounts)).toString());
      t.row(cells);
    });
    return t.build();
  }

  /** A fraction as a percent to two places, half-up. */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(PERCENT_PLACES, RoundingMode.HALF_UP).toPlainString();
  }
}

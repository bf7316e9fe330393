package org.jingzhun.planning.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jingzhun.core.money.Money;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.Programme;
import org.jingzhun.planning.simulation.VillageYear;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 单次运行主要结果 — one run reduced to its headline series: a few numbers per headline and year,
 * so that the run's full result need not be kept. Counts are whole numbers, amounts exact
 * {@link Money}.
 */
public final class RunHeadlines {
  final List<Headline> headlines = new ArrayList<>();
  final List<long[]> values = new ArrayList<>();
  final int[] years;

  private RunHeadlines(int[] years) {
    this.years = years;
  }

  /** {@return the headlines, in order: the counts, then the amounts} */
  public List<Headline> headlines() {
    return List.copyOf(headlines);
  }

  /** {@return the run's years, in order} */
  public List<Integer> years() {
    return Arrays.stream(years).boxed().toList();
  }

  /**
   * {@return the count {@code name} in {@code year}}
   *
   * @param name a headline's name whose unit is not yuan, e.g. {@code poor_persons}
   * @param year one of the run's years
   * @throws IllegalArgumentException if the run has no such count or year
   */
  public long count(String name, int year) {
    return value(name, year, false);
  }

  /**
   * {@return the amount {@code name} in {@code year}}
   *
   * @param name a headline's name whose unit is yuan, e.g. {@code spending_dibao}
   * @param year one of the run's years
   * @throws IllegalArgumentException if the run has no such amount or year
   */
  public Money amount(String name, int year) {
    return Money.ofFen(value(name, year, true));
  }

  private long value(String name, int year, boolean yuan) {
    for (int h = 0; h < headlines.size(); h++) {
      Headline headline = headlines.get(h);
      if (headline.name().equals(name) && (headline.unit() == Unit.YUAN) == yuan) {
        for (int y = 0; y < years.length; y++) {
          if (years[y] == year) {
            return values.get(h)[y];
          }
        }
      }
    }
    throw new IllegalArgumentException("the run has no " + (yuan ? "amount " : "count ") + name + " in " + year);
  }

  /**
   * {@return {@code result}'s headlines, year by year}
   *
   * @param result a campaign run
   */
  public static RunHeadlines of(CampaignResult result) {
    List<YearResult> ys = result.years();
    RunHeadlines s = new RunHeadlines(ys.stream().mapToInt(YearResult::year).toArray());
    s.count(ys, "poor_households", "贫困户", "poor households", Unit.HOUSEHOLDS, YearResult::poorHouseholds);
    s.count(ys, "poor_persons", "贫困人口", "poor persons", Unit.PERSONS, YearResult::poorPersons);
    s.count(ys, "exited_households", "脱贫户", "households lifted out", Unit.HOUSEHOLDS, YearResult::exitedHouseholds);
    s.count(ys, "exited_persons", "脱贫人口", "persons lifted out", Unit.PERSONS, YearResult::exitedPersons);
    s.count(ys, "new_poor_persons", "新识别人口", "persons newly identified", Unit.PERSONS, YearResult::newPoorPersons);
    s.count(ys, "returning_persons", "返贫人口", "persons returning to poverty", Unit.PERSONS, YearResult::returningPersons);
    s.count(ys, "dibao_households", "低保户", "dibao households", Unit.HOUSEHOLDS,
        y -> y.villages().stream().mapToLong(VillageYear::dibaoHouseholds).sum());
    s.count(ys, "dibao_persons", "低保人口", "dibao recipients", Unit.PERSONS,
        y -> y.villages().stream().mapToLong(VillageYear::dibaoPersons).sum());
    s.count(ys, "villages_delisted", "当年退出贫困村", "villages delisted in the year", Unit.VILLAGES, YearResult::villagesDelistedThisYear);
    s.count(ys, "spending_total", "支出合计", "spending, all programmes", Unit.YUAN, y -> y.totalSpending().fen());
    for (Programme p : ys.get(0).spendingByProgramme().keySet()) {
      s.count(ys, "spending_" + p.name().toLowerCase(Locale.ROOT), p.chinese(), p.english(), Unit.YUAN,
          y -> y.spendingByProgramme().get(p).fen());
    }
    for (Map.Entry<String, ?> source : ys.get(0).spendingBySource().entrySet()) {
      String id = source.getKey();
      s.count(ys, "source_" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), "资金来源 " + id, "funding source",
          Unit.YUAN, y -> y.spendingBySource().get(id).fen());
    }
    return s;
  }

  private void count(List<YearResult> ys, String name, String chinese, String english, Unit unit, ToLongFunction<YearResult> figure) {
    headlines.add(new Headline(name, chinese, english, unit));
    values.add(ys.stream().mapToLong(figure).toArray());
  }
}

package org.jingzhun.examples.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import org.jingzhun.core.money.Money;
import org.jingzhun.examples.report.Table;
import org.jingzhun.planning.population.Population;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.CampaignSimulation;
import org.jingzhun.planning.simulation.HouseholdTransfers;
import org.jingzhun.planning.simulation.ProgressListener;
import org.jingzhun.planning.simulation.Programme;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 方案对比 — a baseline run and a reform run of the same households and seed, side by side: the
 * county's figures year by year (baseline, reform, change); winners and losers, the households
 * whose transfers of a year (dibao, education aid, renovation grant, the medical payers' share of
 * their bills: planning's {@link HouseholdTransfers}) rise or fall under the reform; and the change
 * by income decile, the deciles of households by net income per person before the run (ties in
 * household order; decile d holds ranks from (d − 1)·n/10 to d·n/10, rounded down). All money
 * exact in fen; means per household half-up to the fen.
 *
 * @param baseline the baseline run
 * @param reform the reform run
 * @param baselineTransfers each year's transfers of each household in the baseline, in fen
 * @param reformTransfers the same in the reform
 * @param population the households before the run (for the deciles)
 */
public record ReformComparison(CampaignResult baseline, CampaignResult reform, long[][] baselineTransfers,
    long[][] reformTransfers, Population population) {
  private static final int DECILES = 10;

  /**
   * Runs {@code scenario}'s baseline and reform, telling {@code listener} as each year of either completes.
   *
   * @param scenario the scenario with its reform
   * @param listener told as each year completes (the baseline's years, then the reform's)
   * @return the comparison
   */
  public static ReformComparison run(ResearchScenario scenario, ProgressListener listener) {
    int years = scenario.baseline().plan().years().size();
    long[][] base = new long[years][];
    long[][] ref = new long[years][];
    CampaignResult b = CampaignSimulation.run(scenario.baseline(), capturing(base, listener));
    CampaignResult r = CampaignSimulation.run(scenario.reform(), capturing(ref, listener));
    return new ReformComparison(b, r, base, ref, scenario.baseline().population());
  }

  private static ProgressListener capturing(long[][] into, ProgressListener listener) {
    return new ProgressListener() {
      private int year;

      @Override
      public void yearCompleted(YearResult result, int done, int total) {
        listener.yearCompleted(result, done, total);
      }

      @Override
      public void householdTransfers(int calendarYear, HouseholdTransfers t) {
        long[] fen = new long[t.size()];
        for (int h = 0; h < fen.length; h++) {
          fen[h] = t.transfersFen(h);
        }
        into[year++] = fen;
      }
    };
  }

  /** {@return the county's figures year by year: baseline, reform and change} */
  public Table years() {
    Table.Builder t = Table.keyed("基线与改革 baseline and reform, by year", "year", "年度 year",
        "poor_persons_baseline", "贫困人口 基线 poor (base)", "poor_persons_reform", "改革 (reform)", "poor_persons_change", "变化 (change)",
        "exited_persons_baseline", "脱贫 基线 exited (base)", "exited_persons_reform", "改革 (reform)", "exited_persons_change", "变化 (change)",
        "dibao_yuan_baseline", "低保金 基线 dibao (base, yuan)", "dibao_yuan_reform", "改革 (reform)", "dibao_yuan_change", "变化 (change)",
        "total_yuan_baseline", "支出 基线 spending (base, yuan)", "total_yuan_reform", "改革 (reform)", "total_yuan_change", "变化 (change)");
    for (int i = 0; i < baseline.years().size(); i++) {
      YearResult b = baseline.years().get(i);
      YearResult r = reform.years().get(i);
      Money bd = b.spendingByProgramme().get(Programme.DIBAO);
      Money rd = r.spendingByProgramme().get(Programme.DIBAO);
      t.row(String.valueOf(b.year()),
          String.valueOf(b.poorPersons()), String.valueOf(r.poorPersons()), signed(r.poorPersons() - b.poorPersons()),
          String.valueOf(b.exitedPersons()), String.valueOf(r.exitedPersons()), signed(r.exitedPersons() - b.exitedPersons()),
          bd.toString(), rd.toString(), signed(rd.minus(bd)),
          b.totalSpending().toString(), r.totalSpending().toString(), signed(r.totalSpending().minus(b.totalSpending())));
    }
    return t.build();
  }

  /** {@return each year's winners and losers: households whose transfers rise, fall or stay, and the totals} */
  public Table winnersAndLosers() {
    Table.Builder t = Table.keyed("得失户 winners and losers (yearly transfers)", "year", "年度 year", "households", "户数 hh",
        "winners", "增加户 winners", "losers", "减少户 losers", "unchanged", "不变户 unchanged",
        "transfers_baseline_yuan", "转移支付 基线 transfers (base, yuan)", "transfers_reform_yuan", "改革 (reform)",
        "change_yuan", "变化 (change)");
    for (int i = 0; i < baseline.years().size(); i++) {
      long[] b = baselineTransfers[i];
      long[] r = reformTransfers[i];
      long winners = 0;
      long losers = 0;
      for (int h = 0; h < b.length; h++) {
        winners += r[h] > b[h] ? 1 : 0;
        losers += r[h] < b[h] ? 1 : 0;
      }
      long bt = total(b);
      long rt = total(r);
      t.row(String.valueOf(baseline.years().get(i).year()), String.valueOf(b.length), String.valueOf(winners), String.valueOf(losers),
          String.valueOf(b.length - winners - losers), Money.ofFen(bt).toString(), Money.ofFen(rt).toString(), signed(Money.ofFen(rt - bt)));
    }
    return t.build();
  }

  /** {@return the change of transfers over the run by decile of net income per person before the run} */
  public Table deciles() {
    int n = population.size();
    long[] income = new long[n];
    long[] members = new long[n];
    for (int h = 0; h < n; h++) {
      income[h] = population.netIncomeFen(h);
      members[h] = population.memberCount(h);
    }
    // by income per person, exactly: a/m < b/k ⇔ a·k < b·m (members are at least 1); ties in household order
    Integer[] order = new Integer[n];
    Arrays.setAll(order, h -> h);
    Arrays.sort(order, (a, b) -> {
      int c = Long.compare(Math.multiplyExact(income[a], members[b]), Math.multiplyExact(income[b], members[a]));
      return c != 0 ? c : Integer.compare(a, b);
    });
    long[] runBase = sumOverYears(baselineTransfers, n);
    long[] runReform = sumOverYears(reformTransfers, n);
    Table.Builder t = Table.keyed("收入十等分 change by income decile (transfers over the run)", "decile", "十等分组 decile",
        "households", "户数 hh", "persons", "人数 persons",
        "income_per_person_from_yuan", "人均纯收入 自 income/person from (yuan)", "income_per_person_to_yuan", "至 to (yuan)",
        "transfers_baseline_yuan", "转移支付 基线 transfers (base, yuan)", "transfers_reform_yuan", "改革 (reform)",
        "change_yuan", "变化 (change)", "change_per_household_yuan", "户均变化 change per hh (yuan)",
        "winners", "增加户 winners", "losers", "减少户 losers");
    for (int d = 0; d < DECILES; d++) {
      int from = (int) ((long) d * n / DECILES);
      int to = (int) ((long) (d + 1) * n / DECILES);
      if (from == to) {
        continue;
      }
      long households = to - from;
      long persons = 0;
      long base = 0;
      long ref = 0;
      long winners = 0;
      long losers = 0;
      for (int i = from; i < to; i++) {
        int h = order[i];
        persons += members[h];
        base += runBase[h];
        ref += runReform[h];
        winners += runReform[h] > runBase[h] ? 1 : 0;
        losers += runReform[h] < runBase[h] ? 1 : 0;
      }
      t.row(String.valueOf(d + 1), String.valueOf(households), String.valueOf(persons),
          perPerson(income[order[from]], members[order[from]]), perPerson(income[order[to - 1]], members[order[to - 1]]),
          Money.ofFen(base).toString(), Money.ofFen(ref).toString(), signed(Money.ofFen(ref - base)),
          signed(Money.ofFen(BigDecimal.valueOf(ref - base).divide(BigDecimal.valueOf(households), 0, RoundingMode.HALF_UP).longValueExact())),
          String.valueOf(winners), String.valueOf(losers));
    }
    return t.build();
  }

  private static long[] sumOverYears(long[][] byYear, int n) {
    long[] out = new long[n];
    for (long[] year : byYear) {
      for (int h = 0; h < n; h++) {
        out[h] = Math.addExact(out[h], year[h]);
      }
    }
    return out;
  }

  private static long total(long[] fen) {
    return Arrays.stream(fen).reduce(0, Math::addExact);
  }

  private static String perPerson(long fen, long members) {
    return Money.ofFen(BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(members), 0, RoundingMode.HALF_UP).longValueExact()).toString();
  }

  private static String signed(long change) {
    return change > 0 ? "+" + change : String.valueOf(change);
  }

  private static String signed(Money change) {
    return change.isPositive() ? "+" + change : change.toString();
  }

}

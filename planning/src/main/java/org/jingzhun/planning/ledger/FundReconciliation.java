package org.jingzhun.planning.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.eligibility.medical.Payer;
import org.jingzhun.planning.simulation.CampaignResult;
import org.jingzhun.planning.simulation.YearResult;

/**
 * 账目核对 — a campaign's household ledger set beside the funds' books: for each year and fund,
 * what the run's yearly results say the fund paid (dibao, education aid and renovation grants
 * by programme, the medical cascade by payer, each mapped to its fund by {@link LedgerFunding})
 * and what the ledger's entries of that year add up to. The two agree to the fen when every
 * payment is in the ledger once.
 *
 * @param lines one line per year and fund that either side names, by year then fund id
 */
public record FundReconciliation(List<Line> lines) {

  /**
   * One year and fund: the books' total and the ledger's.
   *
   * @param year the calendar year
   * @param fund the fund's id
   * @param books what the run's yearly results say the fund paid households in the year
   * @param ledger the sum of the ledger's entries of the fund dated in the year
   */
  public record Line(int year, String fund, Money books, Money ledger) {
    /** {@return the ledger less the books: zero when they agree} */
    public Money difference() {
      return ledger.minus(books);
    }
  }

  /**
   * Copies the lines.
   *
   * @param lines one line per year and fund, by year then fund id
   */
  public FundReconciliation {
    lines = List.copyOf(lines);
  }

  /**
   * {@return {@code ledger} set beside the funds' totals of {@code result}}
   *
   * @param ledger the ledger of the run (a {@link CampaignLedger}'s)
   * @param result the run's result
   * @param book the run's policy book
   * @param county the run's county, whose funding parameters apply
   */
  public static FundReconciliation of(HouseholdLedger ledger, CampaignResult result, PolicyBook book, RegionCode county) {
    SortedMap<Integer, SortedMap<String, Money>> books = new TreeMap<>();
    for (YearResult y : result.years()) {
      LedgerFunding funding = LedgerFunding.resolve(book, county, y.evaluationDate());
      SortedMap<String, Money> year = books.computeIfAbsent(y.year(), k -> new TreeMap<>());
      for (Map.Entry<String, Money> e : y.spendingByKind().entrySet()) {
        year.merge(funding.fundOf(e.getKey()).id(), e.getValue(), Money::plus);
      }
      for (Map.Entry<Payer, Money> e : y.medicalByPayer().entrySet()) {
        year.merge(funding.fundOf(LedgerFunding.PAYER + e.getKey().name()).id(), e.getValue(), Money::plus);
      }
    }
    SortedMap<Integer, SortedMap<String, Money>> entries = ledger.balancesByYear();
    List<Line> lines = new ArrayList<>();
    TreeSet<Integer> years = new TreeSet<>(books.keySet());
    years.addAll(entries.keySet());
    for (int year : years) {
      SortedMap<String, Money> b = books.getOrDefault(year, new TreeMap<>());
      SortedMap<String, Money> l = entries.getOrDefault(year, new TreeMap<>());
      TreeSet<String> funds = new TreeSet<>(b.keySet());
      funds.addAll(l.keySet());
      for (String fund : funds) {
        lines.add(new Line(year, fund, b.getOrDefault(fund, Money.ZERO), l.getOrDefault(fund, Money.ZERO)));
      }
    }
    return new FundReconciliation(lines);
  }

  /** {@return whether every line agrees to the fen} */
  public boolean reconciles() {
    return lines.stream().allMatch(l -> l.difference().isZero());
  }

  /** {@return the lines that do not agree} */
  public List<Line> differences() {
    return lines.stream().filter(l -> !l.difference().isZero()).toList();
  }
}

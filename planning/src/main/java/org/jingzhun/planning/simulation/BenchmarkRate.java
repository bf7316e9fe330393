package org.jingzhun.planning.simulation;

import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;

/**
 * 同期贷款基准利率 — the benchmark lending rate for a loan's term, at which poverty microcredit is
 * lent ("按基准利率放贷", 国开办发〔2014〕78号): the rate for terms up to one year, over one and up
 * to five years, or over five years, read from the book. The same choice of parameter as the
 * finance module makes for a benchmark-capped subsidy; it belongs in finance, which does not yet
 * offer it publicly.
 */
final class BenchmarkRate {
  static final String UP_TO_1Y = "finance.benchmark.upTo1y";
  static final String ONE_TO_5Y = "finance.benchmark.1to5y";
  static final String OVER_5Y = "finance.benchmark.over5y";
  private static final int ONE_YEAR = 1;
  private static final int FIVE_YEARS = 5;

  private BenchmarkRate() {}

  /** The benchmark rate in force in {@code region} on {@code date} for a loan of {@code termYears} whole years. */
  static AnnualRate of(PolicyBook book, RegionCode region, LocalDate date, int termYears) {
    String parameter = termYears <= ONE_YEAR ? UP_TO_1Y : termYears <= FIVE_YEARS ? ONE_TO_5Y : OVER_5Y;
    return book.get(parameter, region, date).rate();
  }
}

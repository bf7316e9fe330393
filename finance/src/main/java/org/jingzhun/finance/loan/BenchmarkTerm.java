package org.jingzhun.finance.loan;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.money.AnnualRate;
import java.time.LocalDate;
import org.jingzhun.core.explain.Labelled;

/**
 * 同期贷款基准利率档次 — which of the People's Bank's benchmark lending rates is "the benchmark
 * rate for the same term" (同期基准利率) of a loan: up to one year, over one and up to five
 * years, or over five years, counted from disbursement to maturity. Poverty microcredit is lent
 * at it (国开办发〔2014〕78号) and benchmark-capped subsidies pay up to it.
 */
public enum BenchmarkTerm implements Labelled {
  /** 一年以内（含一年） — up to one year. */
  UP_TO_ONE_YEAR("一年以内（含一年）", "up to one year", "finance.benchmark.upTo1y"),
  /** 一至五年（含五年） — over one and up to five years. */
  ONE_TO_FIVE_YEARS("一至五年（含五年）", "over one and up to five years", "finance.benchmark.1to5y"),
  /** 五年以上 — over five years. */
  OVER_FIVE_YEARS("五年以上", "over five years", "finance.benchmark.over5y");

  private final String chinese;
  private final String english;
  private final ParameterKey<AnnualRate> parameter;

  BenchmarkTerm(String chinese, String english, String parameter) {
    this.chinese = chinese;
    this.english = english;
    this.parameter = ParameterKey.rate(parameter);
  }

  /**
   * {@return the band of a loan disbursed on {@code disbursement} and maturing on {@code maturity}}
   *
   * @param disbursement the day the loan was paid out
   * @param maturity the day it is due in full
   */
  public static BenchmarkTerm of(LocalDate disbursement, LocalDate maturity) {
    if (!maturity.isAfter(disbursement.plusYears(1))) {
      return UP_TO_ONE_YEAR;
    }
    return maturity.isAfter(disbursement.plusYears(5)) ? OVER_FIVE_YEARS : ONE_TO_FIVE_YEARS;
  }

  /**
   * {@return the band of {@code loan}'s term}
   *
   * @param loan the loan
   */
  public static BenchmarkTerm of(LoanTerms loan) {
    return of(loan.disbursementDate(), loan.maturityDate());
  }

  /**
   * {@return the LPR quoted for a loan of this term: the 1-year LPR up to one year, the 5-year LPR
   * beyond}
   */
  public LprTenor lprTenor() {
    return this == UP_TO_ONE_YEAR ? LprTenor.ONE_YEAR : LprTenor.FIVE_YEAR;
  }

  /** {@return the key of the policy parameter that holds this benchmark rate} */
  public ParameterKey<AnnualRate> parameter() {
    return parameter;
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

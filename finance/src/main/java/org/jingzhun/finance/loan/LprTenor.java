package org.jingzhun.finance.loan;

import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.explain.Labelled;

/** LPR 期限品种 — which loan prime rate a floating loan follows. */
public enum LprTenor implements Labelled {
  /** 1年期LPR — 1-year LPR. */
  ONE_YEAR("1年期LPR", "1-year LPR", "finance.lpr.1y"),
  /** 5年期以上LPR — 5-year-and-over LPR. */
  FIVE_YEAR("5年期以上LPR", "5-year-and-over LPR", "finance.lpr.5y");

  private final String chinese;
  private final String english;
  private final ParameterKey<AnnualRate> parameter;

  LprTenor(String chinese, String english, String parameter) {
    this.chinese = chinese;
    this.english = english;
    this.parameter = ParameterKey.rate(parameter);
  }

  /** {@return the key of the policy parameter that holds this LPR's published values} */
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

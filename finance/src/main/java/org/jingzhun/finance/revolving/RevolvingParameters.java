package org.jingzhun.finance.revolving;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.ParameterKey;

/**
 * 周转资金参数 — the keys of the revolving funds' parameters (the finance module's
 * {@code funds.yaml}); the book checks each against its file when it loads.
 */
public final class RevolvingParameters {
  /** 产业扶持周转金单户借款上限 — the industry support fund's largest loan to a household. */
  public static final ParameterKey<Money> INDUSTRY_LOAN_LIMIT = ParameterKey.money("finance.revolving.industry.loanLimit");
  /** 产业扶持周转金最长借款期限（年） — its longest term, in years. */
  public static final ParameterKey<Integer> INDUSTRY_MAX_TERM_YEARS = ParameterKey.count("finance.revolving.industry.maxTermYears");
  /** 互助资金首次借款上限 — the mutual-aid fund's first loan to a member, at most. */
  public static final ParameterKey<Money> MUTUAL_AID_FIRST_LOAN_LIMIT = ParameterKey.money("finance.mutualAid.firstLoanLimit");
  /** 互助资金单笔借款上限 — its largest loan. */
  public static final ParameterKey<Money> MUTUAL_AID_MAX_LOAN = ParameterKey.money("finance.mutualAid.maxLoan");
  /** 互助资金最长借款期限（月） — its longest term, in months. */
  public static final ParameterKey<Integer> MUTUAL_AID_MAX_TERM_MONTHS = ParameterKey.count("finance.mutualAid.maxTermMonths");

  private RevolvingParameters() {}

  /** {@return every key of this class, for the module's parameter files to be checked against} */
  public static List<ParameterKey<?>> keys() {
    return List.of(INDUSTRY_LOAN_LIMIT, INDUSTRY_MAX_TERM_YEARS, MUTUAL_AID_FIRST_LOAN_LIMIT, MUTUAL_AID_MAX_LOAN,
        MUTUAL_AID_MAX_TERM_MONTHS);
  }
}

package org.jingzhun.finance.subsidy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.ParameterKey;
import org.jingzhun.finance.loan.BreachKind;

/**
 * 贴息参数 — the keys of the interest-subsidy schemes' parameters (their units, descriptions and
 * values are in the finance module's {@code loans.yaml} and {@code programmes.yaml}); the book
 * checks each against its file when it loads.
 */
public final class SubsidyParameters {
  /** 扶贫小额信贷单户贷款上限 — poverty microcredit's largest loan. */
  public static final ParameterKey<Money> MICROCREDIT_MAX_PRINCIPAL = ParameterKey.money("finance.microcredit.maxPrincipal");
  /** 扶贫小额信贷最长期限（年） — its longest term, in years. */
  public static final ParameterKey<Integer> MICROCREDIT_MAX_TERM_YEARS = ParameterKey.count("finance.microcredit.maxTermYears");
  /** 财政贴息比例 — the share of the interest the budget pays. */
  public static final ParameterKey<Share> MICROCREDIT_INTEREST_SHARE = ParameterKey.share("finance.microcredit.interestShare");
  /** 合同签订截止日 — the last day a subsidised contract may be signed, where the book sets one. */
  public static final ParameterKey<LocalDate> MICROCREDIT_CONTRACT_DEADLINE = ParameterKey.date("finance.microcredit.contractDeadline");
  /** 贴息利率上限 — the rate the subsidy pays up to. */
  public static final ParameterKey<SubsidisedRate> MICROCREDIT_SUBSIDISED_RATE =
      ParameterKey.choice("finance.microcredit.subsidisedRate", SubsidisedRate.class);
  /** 截止日后签订合同的贴息利率上限 — the rate for contracts signed after the deadline, where set. */
  public static final ParameterKey<SubsidisedRate> MICROCREDIT_AFTER_DEADLINE_RATE =
      ParameterKey.choice("finance.microcredit.afterDeadlineRate", SubsidisedRate.class);
  /** 延期还款适用的首个到期日 — the first due date an approved deferral covers. */
  public static final ParameterKey<LocalDate> DEFERRAL_DUE_FROM = ParameterKey.date("finance.microcredit.deferral.dueFrom");
  /** 延期还款最长月数 — the longest approved deferral, in months. */
  public static final ParameterKey<Integer> DEFERRAL_MAX_MONTHS = ParameterKey.count("finance.microcredit.deferral.maxMonths");
  /** 延期还款最迟截止日 — the latest day a deferral may end, where set. */
  public static final ParameterKey<LocalDate> DEFERRAL_LATEST_END = ParameterKey.date("finance.microcredit.deferral.latestEnd");
  /** 丧失贴息的违约情形 — the breaches that lose the microcredit subsidy. */
  public static final ParameterKey<List<BreachKind>> MICROCREDIT_FORFEIT_ON =
      ParameterKey.list("finance.microcredit.forfeitOn", BreachKind.class);
  /** 丧失贴息的起算点 — from when a breach loses the subsidy. */
  public static final ParameterKey<ForfeitFrom> MICROCREDIT_FORFEIT_FROM =
      ParameterKey.choice("finance.microcredit.forfeitFrom", ForfeitFrom.class);
  /** 须在风险补偿金放大倍数内 — whether a loan beyond the risk fund's leverage is ineligible. */
  public static final ParameterKey<Boolean> MICROCREDIT_WITHIN_FUND_LEVERAGE =
      ParameterKey.flag("finance.microcredit.requireWithinFundLeverage");
  /** 易地扶贫搬迁贷款中央财政贴息比例 — the central budget's share of relocation-loan interest. */
  public static final ParameterKey<Share> RELOCATION_CENTRAL_SHARE = ParameterKey.share("finance.relocation.centralInterestShare");
  /** 农业产业化贷款贴息 — Bazhou's agricultural industrialisation credit subsidy. */
  public static final DistrictSchemeKeys AGRICULTURAL_INDUSTRIALISATION = DistrictSchemeKeys.under("finance.agriIndustry.");
  /** 农业担保贷款贴息 — Bazhou's agricultural guarantee loan subsidy. */
  public static final DistrictSchemeKeys AGRICULTURAL_GUARANTEE = DistrictSchemeKeys.under("finance.agriGuarantee.");
  /** 农村危房改造贷款贴息 — Bazhou's dilapidated-house renovation loan subsidy. */
  public static final DistrictSchemeKeys DILAPIDATED_HOUSE = DistrictSchemeKeys.under("finance.dilapidatedHouse.");

  private SubsidyParameters() {}

  /** {@return every key of this class, for the module's parameter files to be checked against} */
  public static List<ParameterKey<?>> keys() {
    List<ParameterKey<?>> keys = new ArrayList<>(List.of(MICROCREDIT_MAX_PRINCIPAL, MICROCREDIT_MAX_TERM_YEARS,
        MICROCREDIT_INTEREST_SHARE, MICROCREDIT_CONTRACT_DEADLINE, MICROCREDIT_SUBSIDISED_RATE,
        MICROCREDIT_AFTER_DEADLINE_RATE, DEFERRAL_DUE_FROM, DEFERRAL_MAX_MONTHS, DEFERRAL_LATEST_END,
        MICROCREDIT_FORFEIT_ON, MICROCREDIT_FORFEIT_FROM, MICROCREDIT_WITHIN_FUND_LEVERAGE, RELOCATION_CENTRAL_SHARE));
    for (DistrictSchemeKeys scheme : List.of(AGRICULTURAL_INDUSTRIALISATION, AGRICULTURAL_GUARANTEE, DILAPIDATED_HOUSE)) {
      keys.addAll(scheme.keys());
    }
    return List.copyOf(keys);
  }
}

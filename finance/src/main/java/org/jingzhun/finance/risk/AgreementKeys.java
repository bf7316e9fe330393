package org.jingzhun.finance.risk;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.policy.ParameterKey;

/**
 * 分险协议参数 — the keys of a loss-sharing agreement's parameters: the parties' split (a ratio;
 * without it the agreement is not in force) and the fund's leverage (the loans it may back, as a
 * multiple of the fund).
 *
 * @param split the parties' loss split, e.g. 6:4
 * @param leverage the leverage multiple
 */
public record AgreementKeys(ParameterKey<Ratio> split, ParameterKey<BigDecimal> leverage) {

  /** 风险补偿金 — the poverty microcredit risk fund's agreement with its banks. */
  public static final AgreementKeys RISK_FUND = of("finance.riskfund.fundBankRatio", "finance.riskfund.leverageMultiple");
  /** 政银担4321 — the guarantee scheme's four-party split. */
  public static final AgreementKeys FOUR_THREE_TWO_ONE =
      of("finance.guarantee.fourThreeTwoOne", "finance.guarantee.leverageMultiple");
  /** 返乡创业就业贷款分险基金 — Bazhou's returning-home entrepreneurship and employment loans. */
  public static final AgreementKeys RETURNING_HOME = of("finance.returnHome.fundBankRatio", "finance.returnHome.leverageMultiple");
  /** 贫困户住房建设贷款分险基金 — Bazhou's poor households' housing-construction loans. */
  public static final AgreementKeys POOR_HOUSEHOLD_HOUSING =
      of("finance.housingLoan.fundBankRatio", "finance.housingLoan.leverageMultiple");

  private static AgreementKeys of(String split, String leverage) {
    return new AgreementKeys(ParameterKey.ratio(split), ParameterKey.decimal(leverage));
  }

  /** {@return every key of the shipped agreements, for the module's parameter files to be checked against} */
  public static List<ParameterKey<?>> keys() {
    return List.of(RISK_FUND.split, RISK_FUND.leverage, FOUR_THREE_TWO_ONE.split, FOUR_THREE_TWO_ONE.leverage,
        RETURNING_HOME.split, RETURNING_HOME.leverage, POOR_HOUSEHOLD_HOUSING.split, POOR_HOUSEHOLD_HOUSING.leverage);
  }
}

package org.jingzhun.finance.schedule;

import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;

/** Loans that the tests work by hand. */
public final class Loans {
  private Loans() {}

  public static final RegionCode BAZHOU = RegionCode.of("511902");

  /**
   * 扶贫小额信贷: 50,000 yuan for 3 years at 4.75 %, interest on the 20th of each quarter's last
   * month, actual/360, principal at maturity; paid out on a settlement day so every period is
   * a full quarter: 2019-03-20 to 2022-03-20.
   */
  public static LoanTerms microloan() {
    return microloanBuilder().build();
  }

  public static LoanTerms.Builder microloanBuilder() {
    return LoanTerms.builder().id("XD-001").bank("巴州区农商银行").borrower("H1").region(BAZHOU)
        .principal(Money.ofYuan(50_000)).rate(AnnualRate.ofPercent("4.75"))
        .disbursementDate(LocalDate.of(2019, 3, 20)).maturityDate(LocalDate.of(2022, 3, 20))
        .method(RepaymentMethod.INTEREST_THEN_PRINCIPAL).frequency(Frequency.QUARTERLY)
        .settlement(SettlementRule.FIXED_DAY).settlementDay(20).dayCount(DayCount.ACT_360);
  }

  /** 12,000 yuan for a year at 4.35 %, equal principal monthly on the 15th, 30/360. */
  public static LoanTerms equalPrincipal() {
    return LoanTerms.builder().id("EP-1").bank("B").borrower("H2").region(BAZHOU)
        .principal(Money.ofYuan(12_000)).rate(AnnualRate.ofPercent("4.35"))
        .disbursementDate(LocalDate.of(2020, 1, 15)).maturityDate(LocalDate.of(2021, 1, 15))
        .method(RepaymentMethod.EQUAL_PRINCIPAL).frequency(Frequency.MONTHLY).dayCount(DayCount.THIRTY_360)
        .build();
  }
}

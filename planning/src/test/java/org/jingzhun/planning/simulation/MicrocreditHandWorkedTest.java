package org.jingzhun.planning.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.junit.jupiter.api.Test;

/**
 * One household, one loan of 50,000 for three years paid out on 2016-01-01, at the 1–5 year
 * benchmark rate 4.75 %, interest settled quarterly on the anniversary (1 April, 1 July,
 * 1 October, 1 January), actual days / 360, each period's interest rounded half-up to the fen;
 * the budget pays all of it (the loan is within the policy: 50,000, 36 months, signed before
 * 2020-12-31). A year's interest on 360 days is 50,000 × 4.75 % = 2,375; a period of d days
 * bears 2,375 × d / 360:
 *
 * <pre>
 * 91 days: 600.347… → 600.35    92 days: 606.944… → 606.94    90 days: 593.75
 * 2016 (ends 04-01 91 d, 07-01 91 d, 10-01 92 d)              600.35 + 600.35 + 606.94 = 1,807.64
 * 2017 (ends 2017-01-01 92 d, 04-01 90 d, 07-01 91 d, 10-01 92 d) 606.94 + 593.75 + 600.35 + 606.94 = 2,407.98
 * 2018 (the same days)                                                                          2,407.98
 * 2019 (ends 2019-01-01, 92 d)                                                                    606.94
 * </pre>
 *
 * The periods ending on 1 January settle in the year of that day (the evaluation day is 31
 * December). Total 7,230.54 = 2,375 × 1,096 / 360 to within the roundings.
 */
class MicrocreditHandWorkedTest {

  private static Map<Integer, Money> subsidies(CampaignResult r) {
    Map<Integer, Money> out = new HashMap<>();
    r.years().forEach(y -> out.put(y.year(), y.spendingByProgramme().get(Programme.LOAN_INTEREST_SUBSIDY)));
    return out;
  }

  @Test
  void theSubsidyOfOneThreeYearLoanIsPaidPeriodByPeriodInTheYearEachPeriodEnds() {
    CampaignResult r = CampaignSimulation.run(MicrocreditDistricts.oneHousehold(Optional.of(MicrocreditDistricts.loan().build())));
    assertEquals(Map.of(2016, Money.ofYuan("1807.64"), 2017, Money.ofYuan("2407.98"), 2018, Money.ofYuan("2407.98"),
        2019, Money.ofYuan("606.94")), subsidies(r));
  }

  @Test
  void theBusinessAddsTenPercentOfThePrincipalInEachYearOfTheTerm() {
    Map<Integer, Money> incomes = new HashMap<>();
    CampaignSimulation.run(MicrocreditDistricts.oneHousehold(Optional.of(MicrocreditDistricts.loan().build())), new ProgressListener() {
      @Override
      public void yearCompleted(YearResult result, int done, int total) {}

      @Override
      public void householdIncomes(int year, HouseholdIncomes in) {
        incomes.put(year, in.incomeAfterTransfers(0));
      }
    }, 1);
    // 2016–2018: wages 7,000 + 50,000 × 10 % = 12,000, above the dibao line (test standard 300 a
    // month × 12 × 2 = 7,200), so no dibao. 2019: no uplift; 7,000 + dibao (350 × 2 − 7,000 ÷ 12 =
    // 116.67 a month = 1,400.04) = 8,400.04.
    assertEquals(Money.ofYuan(12_000), incomes.get(2016));
    assertEquals(Money.ofYuan(12_000), incomes.get(2018));
    assertEquals(Money.ofYuan("8400.04"), incomes.get(2019));
  }

  @Test
  void aLoanDefaultingOnItsPayoutDayKeepsOnlyTheSubsidyOfThePeriodBeforeTheFirstMissedInstalment() {
    // Equal principal, quarterly: 12 instalments of 50,000 / 12 = 4,166.67 (half-up; the last
    // 4,166.63), the first due 2016-04-01. With no day count named an instalment loan takes the
    // bank convention, a quarter's interest = balance × annual rate × 3 / 12. Every loan defaults
    // in its first year, on its payout day: every instalment is unpaid, the subsidy is forfeited
    // from 2016-04-01 (the first missed due date), so only the first quarter (50,000 × 4.75 % / 4
    // = 593.75) is subsidised; the business adds nothing.
    CampaignResult r = CampaignSimulation.run(MicrocreditDistricts.oneHousehold(Optional.of(MicrocreditDistricts.loan()
        .repayment(RepaymentMethod.EQUAL_PRINCIPAL).defaultRate(Share.ONE).build())));
    assertEquals(Map.of(2016, Money.ofYuan("593.75"), 2017, Money.ZERO, 2018, Money.ZERO, 2019, Money.ZERO), subsidies(r));
  }

  @Test
  void withoutMicrocreditTheLoanProgrammeIsLeftOutAndSaidSo() {
    CampaignResult r = CampaignSimulation.run(MicrocreditDistricts.oneHousehold(Optional.empty()));
    assertFalse(r.years().get(0).spendingByProgramme().containsKey(Programme.LOAN_INTEREST_SUBSIDY));
    assertEquals(1, r.notes().size());
  }
}

package org.jingzhun.benchmarks.finance;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.DayCount;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;

/**
 * 扶贫小额信贷样本 (a microloan portfolio): a deterministic portfolio of three-year poverty
 * microloans with quarterly interest periods, generated from a seed, for the interest-subsidy
 * benchmark.
 *
 * <p>Each loan: 10,000–50,000 yuan (in steps of 1,000) lent by one of three banks in Bazhou,
 * disbursed on a day of 2016–2020, due three years later, interest settled on the 20th of
 * each quarter's last month (13 periods when disbursed off a settlement day), actual/360,
 * principal at maturity; the rate 4.75 % (the 1–5-year benchmark) for 80 % of loans, up to
 * 30 % above it for the rest. 2 % of loans have a finding of misuse at a day in their term
 * (the subsidy stops from it). Synthetic ranges; the rates are close to the shipped benchmark
 * so that the benchmark cap sometimes binds.
 */
public final class Microloans {

  /** Bazhou District. */
  public static final RegionCode BAZHOU = RegionCode.of("511902");

  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 5 * 365;
  private static final String[] BANKS = {"巴州区农商银行", "邮储银行巴州支行", "农业银行巴州支行"};

  private Microloans() {}

  /** {@code n} loans from {@code seed}. */
  public static ImmutableList<LoanAccount> portfolio(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList.Builder<LoanAccount> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      LocalDate disbursed = FIRST_DAY.plusDays(random.nextInt(DAYS));
      LocalDate due = disbursed.plusYears(3);
      long basisPoints = random.nextInt(10) < 8 ? 475 : 475 + random.nextInt(1, 143);
      LoanTerms terms = LoanTerms.builder().id("XD-" + i).bank(BANKS[random.nextInt(BANKS.length)])
          .borrower("H" + i).region(BAZHOU)
          .principal(Money.ofYuan(1_000L * random.nextInt(10, 51)))
          .rate(AnnualRate.ofPercent(BigDecimal.valueOf(basisPoints, 2)))
          .disbursementDate(disbursed).maturityDate(due)
          .method(RepaymentMethod.INTEREST_THEN_PRINCIPAL).frequency(Frequency.QUARTERLY)
          .settlement(SettlementRule.FIXED_DAY).settlementDay(20).dayCount(DayCount.ACT_360)
          .build();
      LoanHistory history = random.nextInt(50) == 0
          ? LoanHistory.builder().addBreaches(Breach.of(BreachKind.MISUSE, disbursed.plusDays(random.nextInt(1, 3 * 365)))).build()
          : LoanHistory.none();
      out.add(LoanAccount.of(terms, history));
    }
    return out.build();
  }
}

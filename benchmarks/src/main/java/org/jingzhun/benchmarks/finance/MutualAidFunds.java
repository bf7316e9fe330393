package org.jingzhun.benchmarks.finance;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.finance.revolving.CapitalInjection;
import org.jingzhun.finance.revolving.FundLoan;
import org.jingzhun.finance.revolving.FundRepayment;
import org.jingzhun.finance.revolving.Member;
import org.jingzhun.finance.revolving.MutualAidFund;
import org.jingzhun.finance.revolving.MutualAidRules;

/**
 * 互助资金样本 (SYNTHETIC): a village mutual-aid fund of any number of loans within Sichuan's
 * rules (first loan up to 5,000 yuan, 12 months), four loans to a member on average, made
 * through 2018–2020, each repaid in up to three parts, with enough government capital that the
 * fund never lends more than it holds. The same seed gives the same fund.
 */
public final class MutualAidFunds {
  /** The year whose statement the benchmark computes. */
  public static final int YEAR = 2019;
  private static final LocalDate FIRST = LocalDate.of(2018, 1, 1);

  private MutualAidFunds() {}

  /** The rules: Bazhou's limits in the shipped book, a 6 % usage fee, half of a poor member's fee subsidised. */
  public static MutualAidRules rules() {
    return MutualAidRules.fromPolicy(PolicyBook.shipped(), RegionCode.of("511902"), LocalDate.of(2019, 1, 1),
        AnnualRate.ofPercent("6"), Share.parse("50%"));
  }

  /** A fund builder with {@code loans} loans and their repayments, ready to build. */
  public static MutualAidFund.Builder fund(int loans, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int members = Math.max(1, loans / 4);
    MutualAidFund.Builder b = MutualAidFund.builder().village("SYNTHETIC").rules(rules());
    for (int m = 0; m < members; m++) {
      b.addMembers(Member.of("M" + m, random.nextInt(3) == 0, Money.ofYuan(random.nextInt(5) * 100L)));
    }
    long lent = 0;
    for (int i = 0; i < loans; i++) {
      LocalDate date = FIRST.plusDays(random.nextInt(3 * 365));
      long fen = 100_000L + random.nextInt(400_001); // 1,000 to 5,000 yuan, within the first-loan limit
      b.addLoans(FundLoan.of("L" + i, "M" + random.nextInt(members), date, Money.ofFen(fen), date.plusMonths(12)));
      lent += fen;
      repay(b, "L" + i, date, fen, random);
    }
    return b.addGovernmentCapital(CapitalInjection.of(FIRST, Money.ofFen(lent)));
  }

  private static void repay(MutualAidFund.Builder b, String loanId, LocalDate date, long fen, SplittableRandom random) {
    long left = fen;
    LocalDate day = date;
    for (int part = random.nextInt(4); part > 0 && left > 0; part--) {
      long amount = part == 1 ? left : Math.max(1, left / 2);
      day = day.plusDays(1 + random.nextInt(120));
      b.addRepayments(FundRepayment.of(loanId, day, Money.ofFen(amount)));
      left -= amount;
    }
  }
}

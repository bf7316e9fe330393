package org.jingzhun.benchmarks.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.finance.risk.Coverage;
import org.jingzhun.finance.risk.LoanDefault;
import org.jingzhun.finance.risk.PartyKind;
import org.jingzhun.finance.risk.RiskParty;
import org.jingzhun.finance.risk.RiskSharingAgreement;
import org.jingzhun.finance.risk.ShortfallRule;

/**
 * 不良贷款样本 (defaults for loss allocation): a deterministic set of defaulted microloans and
 * the fund balance at each default, generated from a seed, and the agreement they are shared
 * under.
 *
 * <p>Each default: 1,000–50,000 yuan of principal outstanding (to the fen), 0–2,000 yuan of
 * unpaid interest, declared on a day of 2018–2021; the fund's balance at the time 0–60,000
 * yuan, so that about a third of the fund's parts are short. Synthetic ranges.
 *
 * @param defaults the defaults
 * @param fundBalanceFen the fund's balance at each default, in fen
 */
public record LoanDefaults(LoanDefault[] defaults, long[] fundBalanceFen) {

  private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

  /** {@code n} defaults from {@code seed}. */
  public static LoanDefaults generate(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    LoanDefault[] defaults = new LoanDefault[n];
    long[] balance = new long[n];
    for (int i = 0; i < n; i++) {
      defaults[i] = LoanDefault.of("XD-" + i, Money.ofFen(random.nextLong(100_000, 5_000_001)),
          Money.ofFen(random.nextLong(0, 200_001)), FIRST_DAY.plusDays(random.nextInt(4 * 365)));
      balance[i] = random.nextLong(0, 6_000_001);
    }
    return new LoanDefaults(defaults, balance);
  }

  /**
   * 风险补偿金 6 : 4 — the county risk fund 60 %, the bank 40 %, of principal and interest, at
   * most 50,000 yuan a loan; what the fund cannot pay stays owed. A county practice, not a
   * shipped parameter.
   */
  public static RiskSharingAgreement sixFour() {
    return RiskSharingAgreement.builder().name("风险补偿金 6:4")
        .addParties(RiskParty.of("巴州区扶贫小额信贷风险补偿金", PartyKind.RISK_FUND, Share.parse("0.6")),
            RiskParty.of("巴州区农商银行", PartyKind.BANK, Share.parse("0.4")))
        .coverage(Coverage.PRINCIPAL_AND_INTEREST).capPerLoan(Money.ofYuan(50_000))
        .leverageMultiple(BigDecimal.TEN).shortfall(ShortfallRule.STAYS_OWED).build();
  }
}

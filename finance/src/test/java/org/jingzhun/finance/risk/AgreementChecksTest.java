package org.jingzhun.finance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The checks of {@link RiskSharingAgreement}: parties, funds, caps and who bears a shortfall. */
class AgreementChecksTest {

  private static List<Violation> refused(Executable make) {
    return assertThrows(ValidationException.class, make).violations();
  }

  @Test
  void theFundIsFoundAmongThePartiesWhereverItIsListed() {
    assertEquals(0, Agreements.sixFour().build().fundIndex());
    assertEquals(-1, Agreements.fourThreeTwoOne().fundIndex());
    RiskSharingAgreement bankFirst = RiskSharingAgreement.builder().name("x")
        .addParties(RiskParty.of("bank", PartyKind.BANK, Share.parse("0.4")),
            RiskParty.of("fund", PartyKind.RISK_FUND, Share.parse("0.6")))
        .leverageMultiple(BigDecimal.TEN).build();
    assertEquals(1, bankFirst.fundIndex());
  }

  @Test
  void twoFundsAPartyListedTwiceAndSharesNotAddingUpAreEachReported() {
    List<Violation> v = refused(() -> RiskSharingAgreement.builder().name("x")
        .addParties(RiskParty.of("fund", PartyKind.RISK_FUND, Share.parse("0.5")),
            RiskParty.of("fund", PartyKind.RISK_FUND, Share.parse("0.4")))
        .leverageMultiple(BigDecimal.TEN).build());
    assertEquals(List.of(
        new Violation("parties[1].name", "fund", "the same party is listed twice"),
        new Violation("parties", "shares add up to 0.9", "the parties' shares must add up to exactly 1"),
        new Violation("parties", "2 risk funds", "at most one party may be the risk fund")), v);
  }

  @Test
  void negativeCapsAreRefusedAndZeroCapsAreNot() {
    assertEquals(List.of(new Violation("capPerLoan", "-1.00", "may not be negative"),
            new Violation("capPerYear", "-1.00", "may not be negative")),
        refused(() -> Agreements.sixFour().capPerLoan(Money.ofYuan("-1")).capPerYear(Money.ofYuan("-1")).build()));
    assertEquals(Money.ZERO, Agreements.sixFour().capPerLoan(Money.ZERO).capPerYear(Money.ZERO).build()
        .capPerYear().orElseThrow());
  }

  @Test
  void aShortfallFallsOnlyToANamedPartyThatIsNotTheFund() {
    assertEquals(List.of(new Violation("shortfallBearer", "", "is required when the shortfall falls to a party")),
        refused(() -> Agreements.sixFour().shortfall(ShortfallRule.FALLS_TO_PARTY).build()));
    assertEquals(List.of(new Violation("shortfallBearer", "县风险补偿金",
            "must name a party of the agreement other than the risk fund")),
        refused(() -> Agreements.sixFour().shortfall(ShortfallRule.FALLS_TO_PARTY).shortfallBearer("县风险补偿金").build()));
    assertEquals(List.of(new Violation("shortfallBearer", "nobody",
            "must name a party of the agreement other than the risk fund")),
        refused(() -> Agreements.sixFour().shortfall(ShortfallRule.FALLS_TO_PARTY).shortfallBearer("nobody").build()));
    assertEquals("县农商银行", Agreements.sixFour().shortfall(ShortfallRule.FALLS_TO_PARTY).shortfallBearer("县农商银行")
        .build().shortfallBearer().orElseThrow());
    assertEquals(List.of(new Violation("shortfallBearer", "县农商银行", "applies only when the shortfall falls to a party")),
        refused(() -> Agreements.sixFour().shortfallBearer("县农商银行").build()));
  }
}

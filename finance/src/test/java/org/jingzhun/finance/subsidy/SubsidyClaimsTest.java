package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.time.Quarter;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

class SubsidyClaimsTest {

  @Test
  void quarterlyClaimListsEachBanksLoansSettledInTheQuarter() {
    LoanAccount a1 = LoanAccount.of(Loans.microloan());
    LoanAccount a2 = LoanAccount.of(Loans.microloanBuilder().id("XD-002").principal(Money.ofYuan(30_000)).build());
    LoanAccount b1 = LoanAccount.of(Loans.microloanBuilder().id("XD-003").bank("邮储银行巴州支行")
        .principal(Money.ofYuan(20_000)).disbursementDate(LocalDate.of(2019, 4, 20)).maturityDate(LocalDate.of(2022, 4, 20)).build());
    SubsidyPolicy full = SubsidyPolicy.builder().name("全额贴息").build();
    List<BankClaim> claims = SubsidyClaims.forQuarter(List.of(a1, a2, b1), full, PolicyBook.shipped(), Quarter.of(2019, 2));
    // banks by name: 巴州区农商银行 (U+5DF4) before 邮储银行 (U+90AE)
    assertEquals(List.of("巴州区农商银行", "邮储银行巴州支行"), claims.stream().map(BankClaim::bank).toList());
    BankClaim a = claims.get(0);
    // XD-001: 92 days to 2019-06-20 on 50,000: 60,694 fen; XD-002 on 30,000:
    // 3,000,000 × 4.75 % × 92 / 360 = 36,416.67 → 36,417 fen; total 97,111 fen
    assertEquals(List.of(Money.ofYuan("606.94"), Money.ofYuan("364.17")), a.lines().stream().map(ClaimLine::subsidy).toList());
    assertEquals(Money.ofYuan("971.11"), a.totalSubsidy());
    // XD-003: 2019-04-20 → 06-20 = 61 days on 20,000: 95,000 × 61 / 360 = 16,097.22 → 16,097 fen
    assertEquals(Money.ofYuan("160.97"), claims.get(1).totalSubsidy());
  }

  @Test
  void bankWithNothingSettledInTheQuarterHasNoClaim() {
    SubsidyPolicy full = SubsidyPolicy.builder().name("全额贴息").build();
    List<BankClaim> claims = SubsidyClaims.forQuarter(List.of(LoanAccount.of(Loans.microloan())), full,
        PolicyBook.shipped(), Quarter.of(2019, 1));
    assertEquals(List.of(), claims);
  }
}

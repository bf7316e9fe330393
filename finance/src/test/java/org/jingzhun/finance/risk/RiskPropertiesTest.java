package org.jingzhun.finance.risk;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class RiskPropertiesTest {

  /** An agreement of parties whose shares in hundredths come from {@code cuts}; the fund is first. */
  static RiskSharingAgreement agreement(List<Integer> cuts, boolean fallsToBank) {
    List<RiskParty> parties = new ArrayList<>();
    int left = 100;
    for (int i = 0; i < cuts.size() && left > 0; i++) {
      int part = Math.min(left, cuts.get(i));
      left -= part;
      parties.add(RiskParty.of("p" + i, i == 0 ? PartyKind.RISK_FUND : PartyKind.BANK, Share.of(BigDecimal.valueOf(part, 2))));
    }
    parties.add(RiskParty.of("last", PartyKind.BANK, Share.of(BigDecimal.valueOf(left, 2))));
    RiskSharingAgreement.Builder b = RiskSharingAgreement.builder().name("a").addAllParties(parties)
        .coverage(Coverage.PRINCIPAL_AND_INTEREST).leverageMultiple(BigDecimal.TEN);
    if (fallsToBank) {
      b.shortfall(ShortfallRule.FALLS_TO_PARTY).shortfallBearer("last");
    }
    return b.build();
  }

  @Test
  void allocationsAndRecoveriesAddUpToTheFen() {
    qt().forAll(lists().of(integers().between(0, 100)).ofSizeBetween(1, 5), integers().between(0, 2_000_000_000),
            integers().between(0, 2_000_000_000), integers().between(0, 1000))
        .checkAssert((cuts, loss, balance, recoveredPermille) -> {
          RiskSharingAgreement agreement = agreement(cuts, recoveredPermille % 2 == 0);
          LossAllocation a = LossAllocation.allocate(agreement,
              LoanDefault.of("L", Money.ofFen(loss), Money.ofFen(loss % 777), LocalDate.of(2020, 1, 1)), Money.ofFen(balance));
          long paid = a.parties().stream().mapToLong(p -> p.paid().fen()).sum();
          long owed = a.parties().stream().mapToLong(p -> p.owed().fen()).sum();
          long due = a.parties().stream().mapToLong(p -> p.due().fen()).sum();
          Assertions.assertEquals(a.coveredLoss().fen(), due);
          Assertions.assertEquals(a.coveredLoss().fen(), paid + owed);
          a.parties().forEach(p -> Assertions.assertFalse(p.paid().isNegative()));
          Money recovered = Money.ofFen(paid * recoveredPermille / 1000);
          RecoveryAllocation r = RecoveryAllocation.distribute(a, recovered);
          Assertions.assertEquals(recovered, Money.sum(r.parts().stream().map(PartyAmount::amount).toList()));
        });
  }

  @Test
  void ledgerBalanceIsTheSumOfItsEntries() {
    qt().forAll(lists().of(integers().between(1, 10_000_000)).ofSizeBetween(0, 30))
        .checkAssert(amounts -> {
          FundLedger.Builder b = FundLedger.builder().fund("f").leverageMultiple(BigDecimal.TEN);
          long balance = 0;
          long sum = 0;
          LocalDate day = LocalDate.of(2020, 1, 1);
          for (int i = 0; i < amounts.size(); i++) {
            long amount = amounts.get(i);
            LedgerEntryKind kind = i % 3 == 2 && amount <= balance ? LedgerEntryKind.COMPENSATION
                : LedgerEntryKind.values()[(i % 2) * 2]; // TOP_UP or RECOVERY
            b.addEntries(LedgerEntry.of(day.plusDays(i), kind, Money.ofFen(amount)));
            balance += kind == LedgerEntryKind.COMPENSATION ? -amount : amount;
            sum += kind == LedgerEntryKind.COMPENSATION ? -amount : amount;
          }
          FundLedger ledger = b.build();
          Assertions.assertEquals(Money.ofFen(sum), ledger.balanceOn(day.plusYears(1)));
          ledger.balances().forEach(p -> Assertions.assertFalse(p.balance().isNegative()));
        });
  }
}

package org.jingzhun.finance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Source;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Bazhou's two risk funds as the shipped book configures them, worked by hand. */
class DistrictRiskFundsTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final RegionCode BAZHOU = RegionCode.of("511902");
  private static final LocalDate DAY = LocalDate.of(2018, 6, 30);

  private static RiskSharingAgreement returningHome(LocalDate date) {
    return RiskSharingAgreement.returningHomeEntrepreneurship(BOOK, BAZHOU, date, "返乡创业贷款分险基金", "巴州区农商银行").build();
  }

  private static RiskSharingAgreement housing(LocalDate date) {
    return RiskSharingAgreement.poorHouseholdHousing(BOOK, BAZHOU, date, "贫困户建房贷款分险基金", "巴州区农商银行").build();
  }

  @Test
  void returningHomeFundAndBankShareTheLossSevenToThree() {
    RiskSharingAgreement a = returningHome(DAY);
    assertEquals("返乡创业就业贷款分险基金", a.name());
    // 7 : 3 over 10 → 0.7 and 0.3; leverage 10
    assertEquals(List.of(RiskParty.of("返乡创业贷款分险基金", PartyKind.RISK_FUND, Share.parse("0.7")),
        RiskParty.of("巴州区农商银行", PartyKind.BANK, Share.parse("0.3"))), a.parties());
    assertEquals(0, BigDecimal.TEN.compareTo(a.leverageMultiple()));
    // 150,000 of principal and 2,000 of interest unpaid; principal only is shared:
    // fund 150,000 × 0.7 = 105,000, bank × 0.3 = 45,000; the 2,000 stays with the bank, uncovered
    LossAllocation l = LossAllocation.allocate(a, LoanDefault.of("FX-1", Money.ofYuan(150_000), Money.ofYuan(2_000), DAY),
        Money.ofYuan(500_000));
    assertEquals(Money.ofYuan(152_000), l.loss());
    assertEquals(Money.ofYuan(2_000), l.uncoveredLoss());
    assertEquals(Money.ofYuan(105_000), l.parties().get(0).paid());
    assertEquals(Money.ofYuan(45_000), l.parties().get(1).paid());
  }

  @Test
  void housingFundShortOfMoneyLeavesItsShortfallOwedAndTheOddFenGoesToTheLargerRemainder() {
    RiskSharingAgreement a = housing(DAY);
    assertEquals("贫困户住房建设贷款分险基金", a.name());
    // 33,333.33 = 3,333,333 fen: × 0.7 = 2,333,333.1 → 2,333,333; × 0.3 = 999,999.9 → 999,999;
    // the fen left goes to the larger remainder, .9, the bank: fund 23,333.33, bank 10,000.00.
    // The fund holds 10,000: it pays 10,000 and owes 13,333.33.
    LossAllocation l = LossAllocation.allocate(a, LoanDefault.of("JF-1", Money.ofYuan("33333.33"), Money.ZERO, DAY),
        Money.ofYuan(10_000));
    assertEquals(Money.ofYuan("23333.33"), l.parties().get(0).due());
    assertEquals(Money.ofYuan(10_000), l.parties().get(0).paid());
    assertEquals(Money.ofYuan("13333.33"), l.parties().get(0).owed());
    assertEquals(Money.ofYuan("10000.00"), l.parties().get(1).paid());
    assertEquals(Money.ofYuan("13333.33"), l.fundShortfall());
  }

  @Test
  void bothFundsAreRefusedBefore2014AndOutsideBazhou() {
    for (RegionCode region : List.of(BAZHOU, RegionCode.of("511921"), RegionCode.of("510000"))) {
      LocalDate date = region.equals(BAZHOU) ? LocalDate.of(2013, 12, 31) : DAY;
      for (String ratio : List.of("finance.returnHome.fundBankRatio", "finance.housingLoan.fundBankRatio")) {
        ValidationException e = assertThrows(ValidationException.class, () -> {
          if (ratio.contains("returnHome")) {
            RiskSharingAgreement.returningHomeEntrepreneurship(BOOK, region, date, "f", "b");
          } else {
            RiskSharingAgreement.poorHouseholdHousing(BOOK, region, date, "f", "b");
          }
        });
        assertTrue(e.isNoPolicy(), ratio + " " + region);
        assertEquals(ratio, e.violations().get(0).path());
        String message = e.violations().get(0).message();
        assertTrue(message.contains(region.equals(BAZHOU) ? "starts on 2014-01-01" : "for region 511902"), message);
      }
    }
  }

  @Test
  void aCountySettingItsOwnSplitGetsIt() {
    RegionCode tongjiang = RegionCode.of("511921");
    Source test = Source.of("test", "test", Confidence.UNVERIFIED);
    PolicyBook own = BOOK.reform("6:4").set("finance.housingLoan.fundBankRatio", tongjiang, DAY,
        org.jingzhun.core.money.Ratio.of(6, 4), test).set("finance.housingLoan.leverageMultiple", tongjiang, DAY, BigDecimal.valueOf(8), test)
        .build();
    RiskSharingAgreement a = RiskSharingAgreement.poorHouseholdHousing(own, tongjiang, DAY, "f", "b").build();
    assertEquals(Share.parse("0.6"), a.parties().get(0).share());
    assertEquals(0, BigDecimal.valueOf(8).compareTo(a.leverageMultiple()));
  }

  @Test
  void bothSplitsAndLeveragesAreEstimatesThatStateTheirMethod() {
    for (String name : List.of("finance.returnHome.fundBankRatio", "finance.returnHome.leverageMultiple",
        "finance.housingLoan.fundBankRatio", "finance.housingLoan.leverageMultiple")) {
      Source source = BOOK.get(name, BAZHOU, DAY).entry().source();
      assertEquals(Confidence.ESTIMATED, source.confidence(), name);
      assertTrue(source.note().orElse("").contains("Method:"), name);
    }
  }

  @Test
  void theFundsSplitsAddUpToTheCoveredLossAndNoPartIsNegative() {
    RiskSharingAgreement home = returningHome(DAY);
    RiskSharingAgreement house = housing(DAY);
    qt().forAll(integers().between(0, 2_000_000_000), integers().between(0, 10_000_000), integers().between(0, 2_000_000_000),
            integers().between(0, 1))
        .checkAssert((principal, interest, balance, which) -> {
          LossAllocation l = LossAllocation.allocate(which == 0 ? home : house,
              LoanDefault.of("L", Money.ofFen(principal), Money.ofFen(interest), DAY), Money.ofFen(balance));
          long paid = l.parties().stream().mapToLong(p -> p.paid().fen()).sum();
          long owed = l.parties().stream().mapToLong(p -> p.owed().fen()).sum();
          assertEquals(principal.longValue(), l.coveredLoss().fen());
          assertEquals(l.coveredLoss().fen(), paid + owed);
          assertEquals(l.loss().fen(), l.coveredLoss().fen() + l.uncoveredLoss().fen());
          assertTrue(l.parties().get(0).paid().fen() <= balance);
          l.parties().forEach(p -> {
            assertFalse(p.paid().isNegative(), p::toString);
            assertFalse(p.owed().isNegative(), p::toString);
          });
        });
  }
}

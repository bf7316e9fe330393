package org.jingzhun.finance.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Source;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class AgreementFromPolicyTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final RegionCode WANGCANG = RegionCode.of("510821");
  private static final LocalDate DAY = LocalDate.of(2019, 6, 1);

  @Test
  void fundAndBankAgreementTakesTheCountyRatioAndTheLeverageFromTheBook() {
    RiskSharingAgreement a = RiskSharingAgreement.fundAndBank(BOOK, WANGCANG, DAY, "旺苍县风险补偿金", "旺苍县农商银行").build();
    // 旺苍 6 : 4 → 6 / 10 = 0.6 and 4 / 10 = 0.4; leverage 10 (the county deposits a tenth of each
    // bank's poverty lending)
    assertEquals(List.of(RiskParty.of("旺苍县风险补偿金", PartyKind.RISK_FUND, Share.parse("0.6")),
        RiskParty.of("旺苍县农商银行", PartyKind.BANK, Share.parse("0.4"))), a.parties());
    assertEquals(0, BigDecimal.TEN.compareTo(a.leverageMultiple()));
    // a 50,000 loss with a rich fund: 30,000 from the fund, 20,000 from the bank
    LossAllocation l = LossAllocation.allocate(a, LoanDefault.of("L", Money.ofYuan(50_000), Money.ZERO, DAY), Money.ofYuan(1_000_000));
    assertEquals(Money.ofYuan(30_000), l.parties().get(0).paid());
    assertEquals(Money.ofYuan(20_000), l.parties().get(1).paid());
  }

  @Test
  void fourThreeTwoOneAgreementTakesTheSplitFromTheBook() {
    RiskSharingAgreement a = RiskSharingAgreement.fourThreeTwoOne(BOOK, RegionCode.of("511902"), DAY,
        "县农担公司", "省农担公司", "合作银行", "县政府").build();
    // 4 : 3 : 2 : 1 over 10 → 0.4, 0.3, 0.2, 0.1; leverage 10 (guarantee liabilities ≤ 10 × net assets)
    assertEquals(List.of(RiskParty.of("县农担公司", PartyKind.GUARANTOR, Share.parse("0.4")),
        RiskParty.of("省农担公司", PartyKind.REGUARANTOR, Share.parse("0.3")),
        RiskParty.of("合作银行", PartyKind.BANK, Share.parse("0.2")),
        RiskParty.of("县政府", PartyKind.GOVERNMENT, Share.parse("0.1"))), a.parties());
    assertEquals(0, BigDecimal.TEN.compareTo(a.leverageMultiple()));
  }

  @Test
  void countyWithoutItsOwnAgreementIsToldToSetIt() {
    // the book has no national default: Bazhou (and the nation) must give their own terms
    for (String region : List.of("511902", "000000")) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> RiskSharingAgreement.fundAndBank(BOOK, RegionCode.of(region), DAY, "基金", "银行"));
      assertEquals("finance.riskfund.fundBankRatio", e.violations().get(0).path());
      assertTrue(e.isNoPolicy());
      String message = e.violations().get(0).message();
      assertTrue(message.contains("for region 510821") && message.contains("set finance.riskfund.fundBankRatio")
          && message.contains("RiskSharingAgreement.builder()"), message);
    }
  }

  @Test
  void wangcangsTermsAreItsOwnFrom2017() {
    assertEquals(Optional.empty(), BOOK.find("finance.riskfund.leverageMultiple", RegionCode.of("511902"), DAY));
    var source = BOOK.get("finance.riskfund.fundBankRatio", WANGCANG, DAY).entry().source();
    assertEquals(Confidence.LOCAL, source.confidence());
    assertTrue(source.issuer().contains("旺苍"), source.issuer());
    ValidationException e = assertThrows(ValidationException.class,
        () -> RiskSharingAgreement.fundAndBank(BOOK, WANGCANG, LocalDate.of(2016, 6, 1), "基金", "银行"));
    assertTrue(e.violations().get(0).message().contains("starts on 2017-01-01"), e.violations().get(0).message());
  }

  @Test
  void fourThreeTwoOneBefore2015IsRefusedWithItsStart() {
    ValidationException e = assertThrows(ValidationException.class, () -> RiskSharingAgreement.fourThreeTwoOne(BOOK,
        RegionCode.of("511902"), LocalDate.of(2014, 6, 1), "县农担公司", "省农担公司", "合作银行", "县政府"));
    assertTrue(e.violations().get(0).message().contains("starts on 2015-01-01"), e.violations().get(0).message());
  }

  @Test
  void ratioThatIsNotAnExactDecimalIsReported() {
    PolicyBook thirds = BOOK.reform("1:2").set("finance.riskfund.fundBankRatio", WANGCANG, DAY, Ratio.of(1, 2),
        Source.of("test", "test", Confidence.UNVERIFIED)).build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> RiskSharingAgreement.fundAndBank(thirds, WANGCANG, DAY, "基金", "银行"));
    assertEquals("finance.riskfund.fundBankRatio", e.violations().get(0).path());
  }

  @Test
  void ratioWithTheWrongNumberOfPartsIsReported() {
    PolicyBook three = BOOK.reform("5:3:2").set("finance.riskfund.fundBankRatio", WANGCANG, DAY, Ratio.of(5, 3, 2),
        Source.of("test", "test", Confidence.UNVERIFIED)).build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> RiskSharingAgreement.fundAndBank(three, WANGCANG, DAY, "基金", "银行"));
    assertEquals("finance.riskfund.fundBankRatio", e.violations().get(0).path());
  }
}

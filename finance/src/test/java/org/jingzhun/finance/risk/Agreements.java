package org.jingzhun.finance.risk;

import java.math.BigDecimal;
import org.jingzhun.core.money.Share;

/** Agreements the tests work by hand. */
final class Agreements {
  private Agreements() {}

  /** 旺苍 style: fund : bank = 6 : 4 on principal, leverage 10, lending suspended at 5 % arrears. */
  static RiskSharingAgreement.Builder sixFour() {
    return RiskSharingAgreement.builder().name("风险补偿金 6:4")
        .addParties(RiskParty.of("县风险补偿金", PartyKind.RISK_FUND, Share.parse("0.6")),
            RiskParty.of("县农商银行", PartyKind.BANK, Share.parse("0.4")))
        .leverageMultiple(BigDecimal.TEN).suspensionArrearsRatio(Share.parse("5%"));
  }

  /** 政银担 4321: guarantor 40 %, re-guarantor 30 %, bank 20 %, government 10 %. */
  static RiskSharingAgreement fourThreeTwoOne() {
    return RiskSharingAgreement.builder().name("政银担4321")
        .addParties(RiskParty.of("县农担公司", PartyKind.GUARANTOR, Share.parse("0.4")),
            RiskParty.of("省农担公司", PartyKind.REGUARANTOR, Share.parse("0.3")),
            RiskParty.of("合作银行", PartyKind.BANK, Share.parse("0.2")),
            RiskParty.of("县政府", PartyKind.GOVERNMENT, Share.parse("0.1")))
        .coverage(Coverage.PRINCIPAL_AND_INTEREST).leverageMultiple(BigDecimal.TEN).build();
  }
}

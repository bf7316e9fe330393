package org.jingzhun.finance.medicalfund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The medical-assistance fund's year, worked by hand. */
class MedicalAssistanceFundTest {
  private static final RegionCode BAZHOU = RegionCode.of("511902");
  private static final MedicalFundRules SHIPPED = MedicalFundRules.fromPolicy(PolicyBook.shipped(), BAZHOU, LocalDate.of(2019, 1, 1));

  private static FundReceipt receipt(String date, FundSource source, String yuan) {
    return FundReceipt.builder().date(LocalDate.parse(date)).source(source).amount(Money.ofYuan(yuan)).build();
  }

  private static FundDisbursement paid(String date, String who, AssistanceLayer layer, String yuan) {
    return FundDisbursement.builder().date(LocalDate.parse(date)).beneficiaryId(who).layer(layer).amount(Money.ofYuan(yuan)).build();
  }

  /** Budget 1,000 at the start; lottery 500 and a donation 200 on 1 March; three payments. */
  private static MedicalAssistanceFund.Builder year() {
    return MedicalAssistanceFund.builder().year(2019).putOpeningBalances(FundSource.BUDGET, Money.ofYuan(1000))
        .addReceipts(receipt("2019-03-01", FundSource.LOTTERY, "500"), receipt("2019-03-01", FundSource.DONATION, "200"))
        .addDisbursements(paid("2019-03-02", "A", AssistanceLayer.INPATIENT, "600"),
            paid("2019-04-01", "B", AssistanceLayer.OUTPATIENT, "300"),
            FundDisbursement.builder().date(LocalDate.of(2019, 5, 1)).beneficiaryId("A").layer(AssistanceLayer.PREMIUM_SUBSIDY)
                .amount(Money.ofYuan(50)).chargedTo(FundSource.BUDGET).build());
  }

  @Test
  void theShippedOrderDrawsDonationsThenLotteryThenTheBudgetAndAllowsNoOverdraft() {
    assertEquals(List.of(FundSource.DONATION, FundSource.LOTTERY, FundSource.BUDGET, FundSource.INTEREST, FundSource.OTHER),
        SHIPPED.drawingOrder());
    assertEquals(Optional.empty(), SHIPPED.overdraftSource());
  }

  @Test
  void eachSourcesSubLedgerBalancesAndTheStatementAddsUp() {
    MedicalFundStatement s = year().build().statement(SHIPPED);
    // A's 600 on 03-02: donations 200 (all), lottery 400; B's 300 on 04-01: lottery 100 (the rest), budget 200;
    // A's premium 50 on 05-01: named to the budget. Budget 1,000 − 200 − 50 = 750; lottery 500 − 400 − 100 = 0;
    // donations 200 − 200 = 0
    Map<FundSource, SubLedger> by = new java.util.EnumMap<>(FundSource.class);
    s.subLedgers().forEach(l -> by.put(l.source(), l));
    assertEquals(Money.ofYuan(750), by.get(FundSource.BUDGET).closing());
    assertEquals(Money.ofYuan(250), by.get(FundSource.BUDGET).disbursements());
    assertEquals(Money.ZERO, by.get(FundSource.LOTTERY).closing());
    assertEquals(Money.ofYuan(500), by.get(FundSource.LOTTERY).disbursements());
    assertEquals(Money.ZERO, by.get(FundSource.DONATION).closing());
    // 1,000 + 700 − 950 = 750
    assertEquals(Money.ofYuan(1000), s.opening());
    assertEquals(Money.ofYuan(700), s.receipts());
    assertEquals(Money.ofYuan(950), s.disbursements());
    assertEquals(Money.ofYuan(750), s.closing());
    // by layer: inpatient 600, outpatient 300, premium 50; by beneficiary: A 650, B 300
    assertEquals(Money.ofYuan(600), s.byLayer().get(AssistanceLayer.INPATIENT));
    assertEquals(Money.ofYuan(50), s.byLayer().get(AssistanceLayer.PREMIUM_SUBSIDY));
    assertEquals(Money.ofYuan(650), s.byBeneficiary().get("A"));
    // four charges for A's 600 (2) and B's 300 (2); one for the premium: 5
    assertEquals(5, s.charges().size());
  }

  @Test
  void aPaymentTheFundCannotCoverIsRefusedNamingItAndTheShortfall() {
    MedicalAssistanceFund fund = year().addDisbursements(paid("2019-06-01", "C", AssistanceLayer.INPATIENT, "800")).build();
    // 750 left in the budget on 06-01: 800 − 750 = 50 short
    ValidationException e = assertThrows(ValidationException.class, () -> fund.statement(SHIPPED));
    assertEquals("disbursements[3].amount", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("50.00"), e.getMessage());
    assertTrue(e.violations().get(0).message().contains("余额不足"), e.getMessage());
  }

  @Test
  void whereThePolicyLetsTheBudgetAdvanceItGoesBelowZeroInstead() {
    PolicyBook book = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("advance.yaml", """
        sources:
          county: {issuer: 某县, title: 财政垫付医疗救助, confidence: LOCAL}
        parameters:
          medical-assistance-fund.overdraft-source:
            values:
              "511902":
                - {from: 2014-01-01, value: BUDGET, source: county}
        """)));
    MedicalFundRules advance = MedicalFundRules.fromPolicy(book, BAZHOU, LocalDate.of(2019, 1, 1));
    MedicalFundStatement s = year().addDisbursements(paid("2019-06-01", "C", AssistanceLayer.INPATIENT, "800")).build().statement(advance);
    // the budget: 750 − 800 = −50, advanced
    assertEquals(Money.ofYuan("-50"), s.subLedgers().get(FundSource.BUDGET.ordinal()).closing());
    assertEquals(Money.ofYuan("-50"), s.closing());
  }

  @Test
  void aNegativeOpeningBalanceIsRefusedWhenNoSourceMayGoBelowZero() {
    MedicalAssistanceFund fund = MedicalAssistanceFund.builder().year(2019).putOpeningBalances(FundSource.LOTTERY, Money.ofYuan(-1)).build();
    ValidationException e = assertThrows(ValidationException.class, () -> fund.statement(SHIPPED));
    assertEquals("openingBalances.LOTTERY", e.violations().get(0).path());
  }

  @Test
  void aReceiptOrPaymentOutsideTheYearIsRefused() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> year().addReceipts(receipt("2020-01-01", FundSource.BUDGET, "1")).build());
    assertEquals("receipts[2].date", e.violations().get(0).path());
  }

  @Test
  void aDrawingOrderThatIsNotASourceIsRefusedAtItsParameter() {
    PolicyBook book = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("bad.yaml", """
        sources:
          county: {issuer: 某县, title: 支用顺序, confidence: LOCAL}
        parameters:
          medical-assistance-fund.drawing-order:
            values:
              "511902":
                - {from: 2014-01-01, value: "BUDGET,CHARITY", source: county}
        """)));
    ValidationException e = assertThrows(ValidationException.class, () -> MedicalFundRules.fromPolicy(book, BAZHOU, LocalDate.of(2019, 1, 1)));
    assertEquals(MedicalFundRules.DRAWING_ORDER.name(), e.violations().get(0).path());
    assertEquals("CHARITY", e.violations().get(0).value());
  }

  @Test
  void theFundAndItsStatementRoundTripThroughJson() {
    MedicalAssistanceFund fund = year().build();
    assertEquals(fund, JingzhunJson.read(JingzhunJson.write(fund), MedicalAssistanceFund.class));
    MedicalFundStatement s = fund.statement(SHIPPED);
    assertEquals(s, JingzhunJson.read(JingzhunJson.write(s), MedicalFundStatement.class));
  }
}

package org.jingzhun.eligibility.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

class MedicalCascadeTest {
  private static final LocalDate DATE = LocalDate.of(2018, 1, 1);
  /** A cascade simple enough to work by hand; Sichuan's 10 % cap of the total applies. */
  private static final PolicyBook BOOK = PolicyBook.shipped().withOverrides(List.of(new PolicyFile("cascade.yaml", """
      parameters:
        medical.cascade:
          values:
            "511902":
              - from: 2016-01-01
                source: {issuer: test, title: hand-worked cascade, confidence: UNVERIFIED}
                value:
                  - {payer: BASIC_MEDICAL_INSURANCE, base: COVERED, deductible: "500", rate: "0.8"}
                  - {payer: CRITICAL_ILLNESS_INSURANCE, base: COVERED, deductible: "10000", deductiblePerYear: true, rate: "0.5", poorDeductibleShare: "0.5", poorRateBonus: "0.05"}
                  - {payer: HEALTH_POVERTY_FUND, base: TOTAL, rate: "0.9", perYearCap: "5000", poorOnly: true, inCountyOnly: true}
      """)));

  private static InpatientBill.Builder bill() {
    return InpatientBill.builder().total(Money.ofYuan(30000)).covered(Money.ofYuan(25000)).inCounty(true).registeredPoor(true);
  }

  private static CascadeResult settle(InpatientBill b) {
    return MedicalCascade.compute(b, BOOK, Fixtures.BAZHOU, DATE);
  }

  private static Money paidBy(CascadeResult r, Payer p) {
    return r.payments().stream().filter(x -> x.payer() == p).map(PayerPayment::amount).findFirst().orElse(Money.ZERO);
  }

  @Test
  void aPoorPatientsBillGoesThroughEveryLayerAndTheCap() {
    CascadeResult r = settle(bill().build());
    // basic: (25,000 − 500) × 0.8 = 19,600
    assertEquals(Money.ofYuan(19600), paidBy(r, Payer.BASIC_MEDICAL_INSURANCE));
    // critical: covered left 5,400, deductible halved 5,000, rate 0.55: 400 × 0.55 = 220
    assertEquals(Money.ofYuan(220), paidBy(r, Payer.CRITICAL_ILLNESS_INSURANCE));
    // fund: owed 10,180 × 0.9 = 9,162, capped at 5,000
    assertEquals(Money.ofYuan(5000), paidBy(r, Payer.HEALTH_POVERTY_FUND));
    // cap 10 % × 30,000 = 3,000; owed 5,180 → county pays 2,180
    assertEquals(Money.ofYuan(2180), paidBy(r, Payer.PERSONAL_SHARE_CAP));
    assertEquals(Money.ofYuan(3000), r.household());
    assertEquals(Optional.of(Money.ofYuan(3000)), r.personalShareCap());
  }

  @Test
  void aPatientNotRegisteredPoorGetsInsuranceOnly() {
    // basic 19,600; critical deductible 10,000 > 5,400 covered left → 0; no fund, no cap
    CascadeResult r = settle(bill().registeredPoor(false).build());
    assertEquals(Money.ZERO, paidBy(r, Payer.CRITICAL_ILLNESS_INSURANCE));
    assertEquals(Money.ofYuan(10400), r.household());
    assertEquals(Optional.empty(), r.personalShareCap());
  }

  @Test
  void theYearToDateUseSharesTheYearlyCap() {
    // fund already paid 4,000 this year: 1,000 left
    CascadeResult r = settle(bill().putPaidThisYear(Payer.HEALTH_POVERTY_FUND, Money.ofYuan(4000)).build());
    assertEquals(Money.ofYuan(1000), paidBy(r, Payer.HEALTH_POVERTY_FUND));
    assertEquals(Money.ofYuan(3000), r.household());
  }

  @Test
  void theYearlyDeductibleMetEarlierIsNotChargedAgain() {
    // 5,000 of the halved deductible met before: 5,400 × 0.55 = 2,970
    CascadeResult r = settle(bill().putDeductibleMetThisYear(Payer.CRITICAL_ILLNESS_INSURANCE, Money.ofYuan(5000)).build());
    assertEquals(Money.ofYuan(2970), paidBy(r, Payer.CRITICAL_ILLNESS_INSURANCE));
  }

  @Test
  void aCoveredPartAboveTheTotalIsRejected() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> bill().covered(Money.ofYuan("30000.01")).build());
    assertEquals("covered", e.violations().get(0).path());
  }

  @Test
  void theShippedBazhongCascadeSettlesABillAsWorkedByHand() {
    // bill 30,000, covered 25,000, poor, in county, 2018 (Sichuan cap 10 % of the total from 2017-02-15)
    CascadeResult r = MedicalCascade.compute(bill().build(), PolicyBook.shipped(), Fixtures.BAZHOU, DATE);
    // basic: (25,000 − 200) × 0.85 = 21,080 (year cap 150,000 not reached)
    Money basic = Money.ofYuan(21080);
    // critical: covered left 25,000 − 21,080 = 3,920; deductible 18,000 halved 9,000 ≥ 3,920 → 0
    Money critical = Money.ZERO;
    // assistance: 3,920 × 0.7 = 2,744
    Money assistance = Money.ofYuan(2744);
    // fund: owed 30,000 − 23,824 = 6,176 × 0.9 = 5,558.40, capped at 5,000
    Money fund = Money.ofYuan(5000);
    // cap 10 % × 30,000 = 3,000; owed 30,000 − 28,824 = 1,176 ≤ 3,000: no cap payment
    Money household = Money.ofYuan(1176);
    assertEquals(List.of(basic, critical, assistance, fund), r.payments().stream().map(PayerPayment::amount).toList());
    assertEquals(List.of(Payer.BASIC_MEDICAL_INSURANCE, Payer.CRITICAL_ILLNESS_INSURANCE, Payer.MEDICAL_ASSISTANCE,
        Payer.HEALTH_POVERTY_FUND), r.payments().stream().map(PayerPayment::payer).toList());
    assertEquals(household, r.household());
    // 21,080 + 0 + 2,744 + 5,000 + 1,176 = 30,000, the bill, to the fen
    Money sum = household;
    for (PayerPayment p : r.payments()) {
      sum = sum.plus(p.amount());
    }
    assertEquals(Money.ofYuan(30000), sum);
    assertTrue(MedicalCascade.explain(bill().build(), PolicyBook.shipped(), Fixtures.BAZHOU, DATE)
        .explanationText(Language.ZH).contains("medical.cascade"));
  }

  @Test
  void paymentsAddUpToTheBillAndThePoorNeverPayAboveTheCap() {
    MedicalCascade cascade = MedicalCascade.resolve(BOOK, Fixtures.BAZHOU, DATE);
    qt().forAll(longs().between(0, 50_000_000), longs().between(0, 100), booleans().all(), longs().between(0, 600_000))
        .checkAssert((total, coveredPercent, poor, fundUsed) -> {
          InpatientBill b = InpatientBill.builder().total(Money.ofFen(total))
              .covered(Money.ofFen(total * coveredPercent / 100)).inCounty(true).registeredPoor(poor)
              .putPaidThisYear(Payer.HEALTH_POVERTY_FUND, Money.ofFen(fundUsed)).build();
          CascadeResult r = cascade.settle(b, Trace.off());
          Money sum = r.household();
          for (PayerPayment p : r.payments()) {
            assertFalse(p.amount().isNegative());
            sum = sum.plus(p.amount());
          }
          assertEquals(b.total(), sum);
          if (poor) {
            assertFalse(r.household().isGreaterThan(r.personalShareCap().orElseThrow()));
          }
        });
  }

  @Test
  void billAndResultRoundTripThroughJson() {
    InpatientBill b = bill().putPaidThisYear(Payer.HEALTH_POVERTY_FUND, Money.ofYuan(4000)).build();
    assertEquals(b, JingzhunJson.read(JingzhunJson.write(b), InpatientBill.class));
    CascadeResult r = settle(b);
    assertEquals(r, JingzhunJson.read(JingzhunJson.write(r), CascadeResult.class));
  }
}

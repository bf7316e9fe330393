package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.FloatingRate;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.LprTenor;
import org.junit.jupiter.api.Test;

class FloatingRateScheduleTest {

  /** 100,000 yuan, 2019-12-20 to 2021-12-20, 5-year LPR + 10 bp reset on each anniversary; 4.90 % at signing. */
  static LoanTerms floating() {
    return Loans.microloanBuilder().principal(Money.ofYuan(100_000)).rate(AnnualRate.ofPercent("4.90"))
        .disbursementDate(LocalDate.of(2019, 12, 20)).maturityDate(LocalDate.of(2021, 12, 20))
        .floating(FloatingRate.builder().tenor(LprTenor.FIVE_YEAR).spreadBasisPoints(10).build()).build();
  }

  @Test
  void rateResetsToTheLprInForceOnTheAnniversaryPlusTheSpread() {
    RepaymentSchedule s = RepaymentSchedule.of(floating(), PolicyBook.shipped());
    // period 4 (2020-09-20 → 12-20, 91 days) still at the contract 4.90 %:
    //   10,000,000 × 4.90 % × 91 / 360 = 123,861.11 → 123,861 fen
    assertEquals(AnnualRate.ofPercent("4.90"), s.periods().get(3).rate());
    assertEquals(Money.ofYuan("1238.61"), s.periods().get(3).interest());
    // reset on 2020-12-20: the 5-year LPR then in force is 4.65 % (from 2020-04-20), + 0.10 = 4.75 %
    // period 5 (2020-12-20 → 2021-03-20, 90 days): 10,000,000 × 4.75 % × 90 / 360 = 118,750 fen
    assertEquals(AnnualRate.ofPercent("4.75"), s.periods().get(4).rate());
    assertEquals(Money.ofYuan("1187.50"), s.periods().get(4).interest());
  }

  @Test
  void floatingRateWithoutABookIsRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> RepaymentSchedule.of(floating()));
    assertEquals("floating", e.violations().get(0).path());
  }

  @Test
  void aResetBeforeTheFirstLprIsRefusedWithTheDayTheLprStarts() {
    LoanTerms early = Loans.microloanBuilder().principal(Money.ofYuan(100_000)).rate(AnnualRate.ofPercent("4.90"))
        .disbursementDate(LocalDate.of(2017, 6, 1)).maturityDate(LocalDate.of(2019, 6, 1))
        .floating(FloatingRate.builder().tenor(LprTenor.FIVE_YEAR).spreadBasisPoints(10).build()).build();
    ValidationException e = assertThrows(ValidationException.class, () -> RepaymentSchedule.of(early, PolicyBook.shipped()));
    // the first reset, 2018-06-01, comes before the LPR was first quoted on 2019-08-20
    String message = e.violations().get(0).message();
    org.junit.jupiter.api.Assertions.assertTrue(message.contains("2018-06-01") && message.contains("starts on 2019-08-20"), message);
  }
}

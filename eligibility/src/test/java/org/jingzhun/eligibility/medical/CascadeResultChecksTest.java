package org.jingzhun.eligibility.medical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A settlement's payments and the household's share add up to the bill; no payment is negative. */
class CascadeResultChecksTest {

  private static List<Violation> refused(Executable make) {
    return assertThrows(ValidationException.class, make).violations();
  }

  private static PayerPayment pays(String yuan) {
    return PayerPayment.builder().payer(Payer.BASIC_MEDICAL_INSURANCE).amount(Money.ofYuan(yuan)).build();
  }

  @Test
  void paymentsAndTheHouseholdsShareAddUpToTheTotal() {
    // 700 + 300 = 1,000
    assertEquals(Money.ofYuan("300"), CascadeResult.builder().total(Money.ofYuan("1000")).addPayments(pays("700"))
        .household(Money.ofYuan("300")).build().household());
    // 700 + 299 = 999, not 1,000
    assertEquals(List.of(new Violation("payments", "999.00",
            "payments and the household's share must add up to the total 1000.00")),
        refused(() -> CascadeResult.builder().total(Money.ofYuan("1000")).addPayments(pays("700"))
            .household(Money.ofYuan("299")).build()));
  }

  @Test
  void theHouseholdsShareMayNotBeNegative() {
    // 1,001 - 1 = 1,000: adds up, but the household would be paid.
    assertEquals(List.of(new Violation("household", "-1.00", "may not be negative")),
        refused(() -> CascadeResult.builder().total(Money.ofYuan("1000")).addPayments(pays("1001"))
            .household(Money.ofYuan("-1")).build()));
  }

  @Test
  void aPaymentNeedsAPayerAndAnAmountOfZeroOrMore() {
    assertEquals(List.of("payer", "amount"), refused(() -> PayerPayment.builder().build()).stream().map(Violation::path).toList());
    assertEquals(List.of(new Violation("amount", "-1.00", "may not be negative")), refused(() -> pays("-1")));
    assertEquals(Money.ZERO, pays("0").amount());
  }
}

package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.LoanTerms;
import org.junit.jupiter.api.Test;

class LoanTermsValidationTest {

  @Test
  void maturityBeforeDisbursementIsAViolationAtMaturityDate() {
    ValidationException e = assertThrows(ValidationException.class, () -> Loans.microloanBuilder()
        .maturityDate(LocalDate.of(2019, 1, 1)).build());
    assertEquals("maturityDate", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("after the disbursement date 2019-03-20"));
  }

  @Test
  void negativeRateInJsonIsAViolationAtRate() {
    String json = JingzhunJson.write(Loans.microloan()).replace("\"4.75%\"", "\"-1%\"");
    ValidationException e = assertThrows(ValidationException.class, () -> JingzhunJson.read(json, LoanTerms.class));
    assertEquals("rate", e.violations().get(0).path());
    assertTrue(e.violations().get(0).message().contains("negative"));
  }

  @Test
  void everyMissingOrBadFieldIsListedAtOnce() {
    ValidationException e = assertThrows(ValidationException.class, () -> LoanTerms.builder().id(" ")
        .settlementDay(40).build());
    var paths = e.violations().stream().map(v -> v.path()).toList();
    assertTrue(paths.containsAll(java.util.List.of("id", "bank", "principal", "rate", "maturityDate", "settlementDay")), paths.toString());
  }

  @Test
  void fixedSettlementDayIsRequiredForTheFixedDayRule() {
    ValidationException e = assertThrows(ValidationException.class, () -> Loans.microloanBuilder()
        .settlementDay(java.util.Optional.empty()).build());
    assertEquals("settlementDay", e.violations().get(0).path());
  }
}

package org.jingzhun.planning.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.planning.simulation.SimulationFixtures;
import org.junit.jupiter.api.Test;

class MicrocreditAssumptionsTest {

  private static MicrocreditAssumptions.Builder loan() {
    return MicrocreditAssumptions.builder().takeUpShare(Share.parse("0.4")).principal(Money.ofYuan(50_000)).termYears(3)
        .disbursementDay(MonthDay.of(3, 1)).repayment(RepaymentMethod.INTEREST_THEN_PRINCIPAL)
        .frequency(Frequency.QUARTERLY).businessReturn(new BigDecimal("0.08"));
  }

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).toList();
  }

  @Test
  void everyBadAssumptionIsReportedAtOnce() {
    ValidationException e = assertThrows(ValidationException.class, () -> loan().takeUpShare(Share.parse("0.0000000001"))
        .principal(Money.ZERO).termYears(0).repayment(RepaymentMethod.EXPLICIT).businessReturn(new BigDecimal("-0.1"))
        .defaultRate(Share.parse("0.00000000001")).build());
    assertEquals(List.of("takeUpShare", "principal", "termYears", "repayment", "businessReturn", "defaultRate"), paths(e));
  }

  @Test
  void missingAssumptionsAreNamedAndNoneIsInvented() {
    ValidationException e = assertThrows(ValidationException.class, () -> MicrocreditAssumptions.builder().build());
    assertEquals(List.of("takeUpShare", "principal", "termYears", "disbursementDay", "repayment", "frequency",
        "businessReturn"), paths(e));
  }

  @Test
  void loansPaidOutAfterTheEvaluationDayAreRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> SimulationFixtures.handAssumptions()
        .evaluationDay(MonthDay.of(6, 30)).microcredit(loan().disbursementDay(MonthDay.of(9, 1)).build()).build());
    assertEquals(List.of("microcredit.disbursementDay"), paths(e));
  }

  @Test
  void assumptionsWithMicrocreditRoundTripThroughJson() {
    Assumptions a = SimulationFixtures.handAssumptions().microcredit(loan().defaultRate(Share.parse("0.03")).build()).build();
    String json = JingzhunJson.write(a);
    assertEquals(a, JingzhunJson.read(json, Assumptions.class));
  }
}

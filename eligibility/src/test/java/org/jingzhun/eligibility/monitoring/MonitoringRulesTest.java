package org.jingzhun.eligibility.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.Income;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.household.RigidSpendingKind;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** Post-2020 monitoring: the yearly threshold and the rigid-spending trigger. */
class MonitoringRulesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** 2023: threshold 6,740 a person (estimated), rigid-spending multiple 1, sudden hardship a type. */
  private static final LocalDate DATE = LocalDate.of(2023, 6, 1);

  private static RegistrationRecord exited() {
    return RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(RegistrationStatus.EXITED).year(2014).build();
  }

  @Test
  void anExitedHouseholdBelowTheThresholdIsAnUnstableExitedHousehold() {
    // 2 members, 13,000: 6,500 a person < 6,740
    MonitoringAssessment a = MonitoringRules.compute(Fixtures.household("13000", 2).registration(exited()).build(), BOOK, DATE);
    assertEquals(Optional.of(MonitoringType.UNSTABLE_EXITED), a.type());
    assertEquals(List.of(MonitoringReason.INCOME_BELOW_THRESHOLD), a.reasons());
    assertEquals(Money.ofYuan(6740), a.threshold());
  }

  @Test
  void incomeExactlyAtTheThresholdIsNotBelowIt() {
    // 2 × 6,740 = 13,480: not below
    assertFalse(MonitoringRules.compute(Fixtures.household("13480", 2).build(), BOOK, DATE).monitored());
    // one fen less: a marginal household at risk
    assertEquals(Optional.of(MonitoringType.MARGINAL_AT_RISK),
        MonitoringRules.compute(Fixtures.household("13479.99", 2).build(), BOOK, DATE).type());
  }

  @Test
  void heavyRigidSpendingAboveTheThresholdIsSuddenHardshipFrom2021AndMarginalBefore() {
    // 2 members, 20,000 (10,000 a person, above the threshold); medical costs 20,000.01 > 1 × 20,000
    Household h = Fixtures.household("20000", 2).rigidSpending(Map.of(RigidSpendingKind.MEDICAL, Money.ofYuan("20000.01"))).build();
    MonitoringAssessment a = MonitoringRules.compute(h, BOOK, DATE);
    assertEquals(Optional.of(MonitoringType.SUDDEN_HARDSHIP), a.type());
    assertEquals(List.of(MonitoringReason.RIGID_SPENDING), a.reasons());
    assertEquals(Money.ofYuan(20000), a.rigidSpendingTrigger());
    // in 2020 there were two types only: a marginal household at risk (2020 threshold 6,000 < 10,000)
    assertEquals(Optional.of(MonitoringType.MARGINAL_AT_RISK), MonitoringRules.compute(h, BOOK, LocalDate.of(2020, 12, 1)).type());
    // spending equal to the trigger does not fire it
    Household at = Fixtures.household("20000", 2).rigidSpending(Map.of(RigidSpendingKind.MEDICAL, Money.ofYuan(20000))).build();
    assertFalse(MonitoringRules.compute(at, BOOK, DATE).monitored());
  }

  @Test
  void schoolingCostsAreNotRigidSpendingForTheTrigger() {
    Household h = Fixtures.household("20000", 2).rigidSpending(Map.of(RigidSpendingKind.EDUCATION, Money.ofYuan(50000))).build();
    assertFalse(MonitoringRules.compute(h, BOOK, DATE).monitored());
  }

  @Test
  void aHouseholdStillRegisteredPoorIsNotMonitored() {
    RegistrationRecord poor = RegistrationRecord.builder().category(PovertyCategory.GENERAL).status(RegistrationStatus.POOR).year(2014).build();
    assertFalse(MonitoringRules.compute(Fixtures.household("1000", 2).registration(poor).build(), BOOK, DATE).monitored());
  }

  @Test
  void theThresholdRisesEachYearTo2025() {
    // 2021 6,000 (guidance); 2022–2025 estimated at 6 % a year: 6,360, 6,740, 7,150, 7,570
    long[] expected = {6000, 6000, 6360, 6740, 7150, 7570};
    for (int y = 2020; y <= 2025; y++) {
      assertEquals(Money.ofYuan(expected[y - 2020]),
          MonitoringRules.compute(Fixtures.household("100000", 1).build(), BOOK, LocalDate.of(y, 12, 1)).threshold(), "" + y);
    }
  }

  @Test
  void beforeTheGuidanceOf2020ThereIsNoMonitoring() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> MonitoringRules.resolve(BOOK, Fixtures.VILLAGE, LocalDate.of(2019, 12, 31)));
    assertTrue(e.isNoPolicy(), e.getMessage());
    assertTrue(e.violations().stream().anyMatch(v -> v.path().equals(MonitoringRules.THRESHOLD.name())), e.getMessage());
  }

  @Test
  void aHouseholdIsMonitoredExactlyWhenItsIncomeIsBelowTheThresholdOrItsSpendingAboveItsIncome() {
    MonitoringRules rules = MonitoringRules.resolve(BOOK, Fixtures.VILLAGE, DATE);
    qt().forAll(longs().between(-1_000_000L, 10_000_000L), integers().between(1, 6), longs().between(0, 10_000_000L))
        .checkAssert((fen, members, medical) -> {
          Household h = Fixtures.household("0", members).income(Income.builder().wages(Money.ofFen(Math.max(fen, 0)))
              .productionCosts(Money.ofFen(Math.max(-fen, 0))).build())
              .rigidSpending(Map.of(RigidSpendingKind.MEDICAL, Money.ofFen(medical))).build();
          boolean low = fen < 6740_00L * members;
          boolean spending = medical > 0 && medical > fen;
          assertEquals(low || spending, rules.assess(h, Trace.off()).monitored(), fen + " fen, " + members + ", " + medical);
        });
  }

  @Test
  void theExplanationCitesTheThreshold() {
    String text = MonitoringRules.explain(Fixtures.household("13000", 2).build(), BOOK, DATE).explanationText(Language.EN);
    assertTrue(text.contains(MonitoringRules.THRESHOLD.name()) && text.contains("6740.00"), text);
  }
}

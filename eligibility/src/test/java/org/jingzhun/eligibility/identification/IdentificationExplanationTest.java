package org.jingzhun.eligibility.identification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Explanation;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.household.Household;
import org.jingzhun.core.household.PovertyCategory;
import org.jingzhun.core.household.RegistrationRecord;
import org.jingzhun.core.household.RegistrationStatus;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.eligibility.Fixtures;
import org.junit.jupiter.api.Test;

/** The nested explanations of identification: the category of a poor household, the monitoring of one that is not. */
class IdentificationExplanationTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  /** Monitoring is in force; the identification line is 2019's 3,218, the monitoring line 2020's 4,000. */
  private static final LocalDate DATE = LocalDate.of(2020, 6, 1);

  private static List<String> parameters(Explanation e) {
    return e.parameters().stream().map(Explanation.ParameterLine::name).toList();
  }

  @Test
  void aRegisteredHouseholdNotYetExitedIsMonitoredAsMarginalNotUnstable() {
    // 11,999.99 / 2 = 6,000.00 (half-up) ≥ 3,218: not poor; 11,999.99 < 1.5 × 4,000 × 2 = 12,000: monitored.
    Household h = Fixtures.household("11999.99", 2).registration(RegistrationRecord.builder()
        .category(PovertyCategory.GENERAL).status(RegistrationStatus.POOR).year(2016).build()).build();
    Explained<Identification> e = IdentificationRules.explain(h, BOOK, DATE);
    assertEquals(Optional.of(MonitoringCategory.MARGINAL_AT_RISK), e.value().monitoring());
    Explanation monitoring = e.explanation().children().get(0);
    assertEquals("monitoring for a fall into poverty", monitoring.rule().label(Language.EN));
    assertEquals(List.of("poverty.line.series", "poverty.line.exit-check", "monitoring.income-multiple",
        "monitoring.rigid-spending-multiple"), parameters(monitoring));
    assertEquals(List.of("4000.00", "0.00"), monitoring.amounts().stream().map(a -> String.valueOf(a.value())).toList());
    assertEquals(MonitoringCategory.MARGINAL_AT_RISK, monitoring.result());
    assertEquals(List.of("per-capita net income not below the identification line", "income below the monitoring threshold"),
        e.explanation().notes().stream().map(t -> t.label(Language.EN)).toList());
  }

  @Test
  void aPoorHouseholdsCategoryCitesTheDibaoStandard() {
    // 3,000 / 2 = 1,500 < 3,218: poor; < 4,200 a year (Sichuan's standard): dibao.
    Explained<Identification> e = IdentificationRules.explain(Fixtures.household("3000", 2).build(), BOOK, DATE);
    Explanation category = e.explanation().children().get(0);
    assertEquals(List.of("dibao.standard.rural"), parameters(category));
    assertEquals(List.of("4200.00"), category.amounts().stream().map(a -> String.valueOf(a.value())).toList());
    assertEquals(PovertyCategory.DIBAO, category.result());
    assertEquals(Optional.of(PovertyCategory.DIBAO), e.value().category());
  }
}

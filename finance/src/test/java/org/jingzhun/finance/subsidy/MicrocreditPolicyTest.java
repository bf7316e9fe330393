package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.Confidence;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Source;
import org.jingzhun.core.policy.Unit;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

class MicrocreditPolicyTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate DAY = LocalDate.of(2019, 3, 20);
  private static final Source TEST = Source.of("test", "test", Confidence.UNVERIFIED);

  @Test
  void shippedMicrocreditPolicyReadsEveryChoiceFromTheBook() {
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, DAY);
    assertEquals(SubsidisedRate.BENCHMARK, p.subsidisedRate());
    assertEquals(Optional.of(SubsidisedRate.LPR), p.afterDeadlineRate());
    assertEquals(Set.of(BreachKind.OVERDUE, BreachKind.MISUSE, BreachKind.FRAUD), p.forfeitOn());
    assertEquals(ForfeitFrom.BREACH_DATE, p.forfeitFrom());
    assertTrue(p.requireWithinFundLeverage());
    assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), p.contractSignedBy());
  }

  @Test
  void countyRulesChangeTheMicrocreditPolicy() {
    PolicyBook county = BOOK.reform("county rules")
        .set("finance.microcredit.forfeitOn", Loans.BAZHOU, DAY, JingzhunJson.mapper().valueToTree(List.of("MISUSE", "FRAUD")), TEST)
        .set("finance.microcredit.forfeitFrom", Loans.BAZHOU, DAY, "PERIOD_START", TEST)
        .set("finance.microcredit.requireWithinFundLeverage", Loans.BAZHOU, DAY, false, TEST)
        .set("finance.microcredit.subsidisedRate", Loans.BAZHOU, DAY, "LPR", TEST)
        .build();
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(county, Loans.BAZHOU, DAY);
    assertEquals(Set.of(BreachKind.MISUSE, BreachKind.FRAUD), p.forfeitOn());
    assertEquals(ForfeitFrom.PERIOD_START, p.forfeitFrom());
    assertFalse(p.requireWithinFundLeverage());
    assertEquals(SubsidisedRate.LPR, p.subsidisedRate());
  }

  @Test
  void badChoicesInTheBookAreAllReportedAtTheirParameters() {
    PolicyBook bad = BOOK.reform("bad county rules")
        .set("finance.microcredit.forfeitOn", Loans.BAZHOU, DAY, JingzhunJson.mapper().valueToTree(List.of("MISUSE", "LATE")), TEST)
        .set("finance.microcredit.forfeitFrom", Loans.BAZHOU, DAY, "SOMETIME", TEST)
        .set("finance.microcredit.subsidisedRate", Loans.BAZHOU, DAY, "BENCHMRK", TEST)
        .build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> SubsidyPolicy.povertyMicrocredit(bad, Loans.BAZHOU, DAY));
    assertEquals(List.of("finance.microcredit.subsidisedRate", "finance.microcredit.forfeitOn[1]",
        "finance.microcredit.forfeitFrom"), e.violations().stream().map(v -> v.path()).toList());
  }

  @Test
  void contractDeadlineIsADateParameter() {
    assertEquals(Unit.DATE, BOOK.parameter("finance.microcredit.contractDeadline").orElseThrow().unit());
    assertEquals(LocalDate.of(2020, 12, 31),
        BOOK.get("finance.microcredit.contractDeadline", Loans.BAZHOU, DAY).date());
  }

  @Test
  void relocationSubsidyCitesThe2015WorkPlan() {
    // the 十三五 relocation 工作方案 (发改地区〔2015〕2769号) of 2015-11-29, not the 2016 规划
    var source = BOOK.get("finance.relocation.centralInterestShare", Loans.BAZHOU, LocalDate.of(2016, 1, 1)).entry().source();
    assertTrue(source.title().contains("工作方案"), source.title());
    assertTrue(source.title().contains("2769"), source.title());
    assertEquals(Optional.of(LocalDate.of(2015, 11, 29)), source.date());
  }
}

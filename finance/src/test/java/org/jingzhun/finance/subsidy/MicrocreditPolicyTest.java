package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jingzhun.core.money.Money;
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
    assertEquals(Set.of(BreachKind.OVERDUE, BreachKind.MISUSE, BreachKind.FRAUD), p.forfeitOn());
    assertEquals(ForfeitFrom.BREACH_DATE, p.forfeitFrom());
    assertTrue(p.requireWithinFundLeverage());
    // in 2019 no deadline, no terms for later contracts and no deferral relief were yet set
    assertEquals(Optional.empty(), p.contractSignedBy());
    assertEquals(Optional.empty(), p.afterDeadlineRate());
    assertEquals(Optional.empty(), p.deferralRelief());
  }

  @Test
  void from2021TheDeadlineTheLaterTermsAndTheDeferralReliefAreInForce() {
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2021, 6, 1));
    assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), p.contractSignedBy());
    assertEquals(Optional.of(SubsidisedRate.LPR_AT_CONTRACT), p.afterDeadlineRate());
    assertEquals(Optional.of(DeferralRelief.builder().dueFrom(LocalDate.of(2020, 1, 1)).maxMonths(6)
        .latestEnd(LocalDate.of(2021, 3, 31)).build()), p.deferralRelief());
    assertEquals(Optional.of(Money.ofYuan(50_000)), p.principalCap());
    assertEquals(Optional.of(36), p.maxTermMonths());
  }

  @Test
  void beforeTheJuly2020NoticeDeferralsRunAtMostSixMonths() {
    SubsidyPolicy p = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2020, 4, 1));
    DeferralRelief relief = p.deferralRelief().orElseThrow();
    assertEquals(Optional.empty(), relief.latestEnd());
    // due 2020-03-20, deferred to 2020-12-20: only six months count, to 2020-09-20
    assertEquals(Optional.of(LocalDate.of(2020, 9, 20)), relief.deferredDue(LocalDate.of(2020, 3, 20), LocalDate.of(2020, 12, 20)));
    assertEquals(Optional.empty(), p.contractSignedBy());
  }

  @Test
  void theDeadlineAndTheLaterTermsCiteTheirNationalNotices() {
    LocalDate day = LocalDate.of(2021, 6, 1);
    Source deadline = BOOK.get("finance.microcredit.contractDeadline", Loans.BAZHOU, day).entry().source();
    assertEquals(Confidence.DOCUMENT, deadline.confidence());
    assertTrue(deadline.issuer().contains("银保监会") && deadline.issuer().contains("扶贫办"), deadline.issuer());
    assertTrue(deadline.title().contains("进一步完善扶贫小额信贷有关政策"), deadline.title());
    for (String name : List.of("finance.microcredit.afterDeadlineRate", "finance.microcredit.maxPrincipal",
        "finance.microcredit.maxTermYears")) {
      assertTrue(BOOK.get(name, Loans.BAZHOU, day).entry().source().title().contains("银保监发〔2021〕6号"), name);
    }
    assertTrue(BOOK.get("finance.microcredit.maxPrincipal", Loans.BAZHOU, DAY).entry().source().title().contains("78号"));
  }

  @Test
  void microcreditBeforeTheSchemeBeganIsRefusedWithItsStart() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2014, 6, 1)));
    assertEquals("finance.microcredit.maxPrincipal", e.violations().get(0).path());
    assertTrue(e.isNoPolicy());
    String message = e.violations().get(0).message();
    assertTrue(message.contains("poverty microcredit") && message.contains("starts on 2014-12-10")
        && message.contains("78号"), message);
  }

  @Test
  void relocationSubsidyBeforeThe2015PlanIsRefusedWithItsStart() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> SubsidyPolicy.relocationLoan(BOOK, Loans.BAZHOU, LocalDate.of(2015, 6, 1)));
    assertTrue(e.violations().get(0).message().contains("starts on 2015-11-29"), e.violations().get(0).message());
  }

  @Test
  void countyRulesChangeTheMicrocreditPolicy() {
    PolicyBook county = BOOK.reform("county rules")
        .set("finance.microcredit.forfeitOn", Loans.BAZHOU, DAY, List.of("MISUSE", "FRAUD"), TEST)
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
        .set("finance.microcredit.forfeitOn", Loans.BAZHOU, DAY, List.of("MISUSE", "LATE"), TEST)
        .set("finance.microcredit.forfeitFrom", Loans.BAZHOU, DAY, "SOMETIME", TEST)
        .set("finance.microcredit.subsidisedRate", Loans.BAZHOU, DAY, "BENCHMRK", TEST)
        .build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> SubsidyPolicy.povertyMicrocredit(bad, Loans.BAZHOU, DAY));
    // each is bound to its key's type when read (the breach list a table, the others choices): at
    // its parameter, region and origin, all three together
    String at = "[511902, reform: bad county rules]";
    assertEquals(List.of("finance.microcredit.subsidisedRate" + at, "finance.microcredit.forfeitOn" + at + "[1]",
        "finance.microcredit.forfeitFrom" + at), e.violations().stream().map(v -> v.path()).toList());
    assertTrue(e.violations().get(0).message().contains("'BENCHMRK' is not one of"), e.getMessage());
  }

  @Test
  void contractDeadlineIsADateParameter() {
    assertEquals(Unit.DATE, BOOK.parameter("finance.microcredit.contractDeadline").orElseThrow().unit());
    assertEquals(LocalDate.of(2020, 12, 31),
        BOOK.get("finance.microcredit.contractDeadline", Loans.BAZHOU, LocalDate.of(2021, 1, 1)).date());
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

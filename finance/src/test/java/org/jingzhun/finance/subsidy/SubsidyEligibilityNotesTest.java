package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.Explanation;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

/** Every reason a loan gets no subsidy, each alone and all at once, and what the explanation notes. */
class SubsidyEligibilityNotesTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate END = LocalDate.of(2023, 12, 31);

  /** Signed by 2019-03-20 at the latest, at most 36 months, within the fund's leverage. */
  private static SubsidyPolicy.Builder strict() {
    return SubsidyPolicy.builder().name("strict").contractSignedBy(LocalDate.of(2019, 3, 20)).maxTermMonths(36)
        .requireWithinFundLeverage(true);
  }

  private static List<Ineligibility> reasons(LoanTerms loan) {
    return InterestSubsidy.compute(loan, LoanHistory.none(), strict().build(), BOOK, END).ineligibility();
  }

  @Test
  void aLoanOnEveryLimitIsEligible() {
    // signed on the deadline, exactly 36 months, within the leverage
    SubsidyStatement s = InterestSubsidy.compute(Loans.microloan(), LoanHistory.none(), strict().build(), BOOK, END);
    assertEquals(List.of(), s.ineligibility());
    assertEquals(Set.of(SubsidyStatus.SUBSIDISED), s.lines().stream().map(SubsidyLine::status).collect(Collectors.toSet()));
    // the whole loan's interest, as InterestSubsidyTest works out: 7,230.54
    assertEquals(Money.ofYuan("7230.54"), s.totalSubsidy());
  }

  @Test
  void eachLimitAloneMakesTheLoanIneligible() {
    assertEquals(List.of(Ineligibility.TERM_TOO_LONG),
        reasons(Loans.microloanBuilder().maturityDate(LocalDate.of(2022, 3, 21)).build()));
    assertEquals(List.of(Ineligibility.OUTSIDE_FUND_LEVERAGE),
        reasons(Loans.microloanBuilder().withinFundLeverage(false).build()));
    assertEquals(List.of(Ineligibility.CONTRACT_AFTER_DEADLINE), reasons(Loans.microloanBuilder()
        .disbursementDate(LocalDate.of(2019, 3, 21)).contractDate(LocalDate.of(2019, 3, 21))
        .maturityDate(LocalDate.of(2022, 3, 20)).settlementDay(21).build()));
  }

  @Test
  void allReasonsAreListedNotedAndNoPeriodIsSubsidised() {
    LoanTerms loan = Loans.microloanBuilder().disbursementDate(LocalDate.of(2019, 3, 21)).contractDate(LocalDate.of(2019, 3, 21))
        .maturityDate(LocalDate.of(2022, 9, 21)).settlementDay(21).withinFundLeverage(false).build();
    Explained<SubsidyStatement> e = InterestSubsidy.explain(loan, LoanHistory.none(), strict().build(), BOOK, END);
    assertEquals(List.of(Ineligibility.CONTRACT_AFTER_DEADLINE, Ineligibility.TERM_TOO_LONG, Ineligibility.OUTSIDE_FUND_LEVERAGE),
        e.value().ineligibility());
    assertEquals(Set.of(SubsidyStatus.INELIGIBLE), e.value().lines().stream().map(SubsidyLine::status).collect(Collectors.toSet()));
    assertEquals(Money.ZERO, e.value().totalSubsidy());
    Explanation x = e.explanation();
    assertEquals(List.of("contract signed after the policy's deadline", "term longer than the policy allows",
        "beyond the risk fund's leverage"), x.notes().stream().map(t -> t.label(Language.EN)).toList());
    assertEquals(List.of("loan", "subsidy policy", "calculation date"),
        x.inputs().stream().map(l -> l.name().label(Language.EN)).toList());
    assertEquals(List.of("XD-001", "strict", LocalDate.of(2023, 12, 31)), x.inputs().stream().map(Explanation.Line::value).toList());
  }

  @Test
  void aForfeitureIsNoted() {
    LoanHistory misuse = LoanHistory.builder().addBreaches(Breach.of(BreachKind.MISUSE, LocalDate.of(2020, 8, 1))).build();
    Explained<SubsidyStatement> e = InterestSubsidy.explain(Loans.microloan(), misuse,
        SubsidyPolicy.builder().name("p").addForfeitOn(BreachKind.MISUSE).build(), BOOK, END);
    assertEquals(List.of("subsidy lost for a breach"), e.explanation().notes().stream().map(t -> t.label(Language.EN)).toList());
    assertTrue(e.value().forfeitedFrom().isPresent());
  }
}

package org.jingzhun.finance.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.finance.loan.Breach;
import org.jingzhun.finance.loan.BreachKind;
import org.jingzhun.finance.loan.Deferral;
import org.jingzhun.finance.loan.LatePayment;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.schedule.Loans;
import org.junit.jupiter.api.Test;

/**
 * Approved epidemic deferrals and the microcredit subsidy. The loan: 50,000 yuan for three
 * years from 2019-03-20 at the 4.75 % benchmark, equal principal quarterly on the 20th (12
 * instalments of 4,166.67, the last 4,166.63), actual/360. Instalment 5 falls due 2020-06-20,
 * instalment 7 on 2020-12-20. The policy is the shipped one of 2021-06-30: deferrals of
 * instalments due from 2020-01-01 count up to 2021-03-31; overdue loans lose the subsidy from
 * the due date.
 */
class DeferralTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate END = LocalDate.of(2022, 12, 31);
  private static final SubsidyPolicy POLICY = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2021, 6, 30));

  private static LoanTerms loan() {
    return Loans.microloanBuilder().method(RepaymentMethod.EQUAL_PRINCIPAL).build();
  }

  /** Instalment 5 repaid on 2020-12-20, half a year late, with the deferral given. */
  private static LoanHistory.Builder fifthRepaidInDecember() {
    return LoanHistory.builder().addLatePayments(LatePayment.paidOn(5, LocalDate.of(2020, 12, 20)));
  }

  private static SubsidyStatement run(LoanHistory h, SubsidyPolicy p) {
    return InterestSubsidy.compute(loan(), h, p, BOOK, END);
  }

  @Test
  void anInstalmentRepaidWithinItsApprovedDeferralKeepsTheSubsidy() {
    LoanHistory h = fifthRepaidInDecember().addDeferrals(Deferral.of(5, LocalDate.of(2020, 12, 20))).build();
    SubsidyStatement s = run(h, POLICY);
    // deferred from 2020-06-20 to 2020-12-20 and repaid that day: never overdue, every period
    // subsidised at the loan's own 4.75 %, the borrower pays nothing
    assertEquals(Optional.empty(), s.forfeitedFrom());
    assertEquals(s.totalInterest(), s.totalSubsidy());
    assertEquals(Money.ZERO, s.totalBorrowerShare());
    // period 7 (2020-09-20 to 12-20, 91 days) still bears the deferred instalment: instalments
    // 1–4 and 6 repaid, 50,000 − 5 × 4,166.67 = 29,166.65 outstanding;
    // 2,916,665 fen × 4.75 % × 91 / 360 = 35,020.23 → 350.20
    assertEquals(Money.ofYuan("350.20"), s.lines().get(6).subsidy());
  }

  @Test
  void anInstalmentRepaidAfterItsDeferralEndedLosesTheSubsidyFromThatEnd() {
    LoanHistory h = fifthRepaidInDecember().addDeferrals(Deferral.of(5, LocalDate.of(2020, 9, 20))).build();
    SubsidyStatement s = run(h, POLICY);
    // deferred only to 2020-09-20, repaid on 12-20: overdue from 2020-09-20; period 6 (to 09-20,
    // 92 days on the 50,000 − 4 × 4,166.67 = 33,333.32 left after instalments 1–4:
    // 3,333,332 × 4.75 % × 92 / 360 = 40,462.95 → 404.63) is kept, period 7 from 09-20 on is lost
    assertEquals(Optional.of(LocalDate.of(2020, 9, 20)), s.forfeitedFrom());
    assertEquals(Money.ofYuan("404.63"), s.lines().get(5).subsidy());
    assertEquals(SubsidyStatus.FORFEITED, s.lines().get(6).status());
    assertEquals(Money.ZERO, s.lines().get(6).subsidy());
  }

  @Test
  void withoutADeferralTheSameLateInstalmentLosesTheSubsidyFromItsDueDate() {
    SubsidyStatement s = run(fifthRepaidInDecember().build(), POLICY);
    assertEquals(Optional.of(LocalDate.of(2020, 6, 20)), s.forfeitedFrom());
    assertEquals(SubsidyStatus.FORFEITED, s.lines().get(5).status());
  }

  @Test
  void aDeferralPastTheLatestEndCountsOnlyTo31March2021() {
    // instalment 7, due 2020-12-20, deferred to 2021-06-20 and repaid then: the relief stops on
    // 2021-03-31, so the loan is overdue from that day; period 8 (2020-12-20 to 2021-03-20) is
    // kept whole, period 9 (2021-03-20 to 06-20) the 11 days to 03-31 on the 50,000 − 7 × 4,166.67
    // = 20,833.31 then owed (instalments 1–6 and 8 repaid): 2,083,331 × 4.75 % × 11 / 360
    // = 3,023.72 → 30.24
    LoanHistory h = LoanHistory.builder().addLatePayments(LatePayment.paidOn(7, LocalDate.of(2021, 6, 20)))
        .addDeferrals(Deferral.of(7, LocalDate.of(2021, 6, 20))).build();
    SubsidyStatement s = run(h, POLICY);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 31)), s.forfeitedFrom());
    assertEquals(SubsidyStatus.SUBSIDISED, s.lines().get(7).status());
    assertEquals(SubsidyStatus.PARTLY_FORFEITED, s.lines().get(8).status());
    assertEquals(Money.ofYuan("30.24"), s.lines().get(8).subsidy());
  }

  @Test
  void anOverdueFindingInsideAnApprovedDeferralDoesNotCount() {
    LoanHistory h = fifthRepaidInDecember().addDeferrals(Deferral.of(5, LocalDate.of(2020, 12, 20)))
        .addBreaches(Breach.of(BreachKind.OVERDUE, LocalDate.of(2020, 7, 1))).build();
    assertEquals(Optional.empty(), run(h, POLICY).forfeitedFrom());
    LoanHistory later = fifthRepaidInDecember().addDeferrals(Deferral.of(5, LocalDate.of(2020, 12, 20)))
        .addBreaches(Breach.of(BreachKind.OVERDUE, LocalDate.of(2021, 1, 5))).build();
    assertEquals(Optional.of(LocalDate.of(2021, 1, 5)), run(later, POLICY).forfeitedFrom());
  }

  @Test
  void aPolicyWithoutTheReliefTreatsTheDeferredInstalmentAsOverdue() {
    // the shipped policy of 2019 has no deferral relief: the deferral changes nothing
    SubsidyPolicy before = SubsidyPolicy.povertyMicrocredit(BOOK, Loans.BAZHOU, LocalDate.of(2019, 6, 30));
    LoanHistory h = fifthRepaidInDecember().addDeferrals(Deferral.of(5, LocalDate.of(2020, 12, 20))).build();
    assertEquals(Optional.of(LocalDate.of(2020, 6, 20)), run(h, before).forfeitedFrom());
  }

  @Test
  void theExplanationSaysADeferralWasHonoured() {
    LoanHistory h = fifthRepaidInDecember().addDeferrals(Deferral.of(5, LocalDate.of(2020, 12, 20))).build();
    String text = InterestSubsidy.explain(loan(), h, POLICY, BOOK, END).explanationText(Language.ZH);
    assertTrue(text.contains("延期"), text);
  }

  @Test
  void aDeferralThatDefersNothingOrOfAPeriodTheLoanLacksIsRejectedAtItsPath() {
    LoanHistory early = LoanHistory.builder().addDeferrals(Deferral.of(5, LocalDate.of(2020, 6, 20))).build();
    ValidationException e = assertThrows(ValidationException.class, () -> run(early, POLICY));
    assertEquals("deferrals[0].until", e.violations().get(0).path());
    LoanHistory missing = LoanHistory.builder().addDeferrals(Deferral.of(13, LocalDate.of(2022, 6, 20))).build();
    e = assertThrows(ValidationException.class, () -> run(missing, POLICY));
    assertEquals("deferrals[0].period", e.violations().get(0).path());
  }
}

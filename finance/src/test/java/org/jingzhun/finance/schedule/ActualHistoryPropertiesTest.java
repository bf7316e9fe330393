package org.jingzhun.finance.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.AnnualRate;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.loan.LatePayment;
import org.jingzhun.finance.loan.LoanHistory;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.junit.jupiter.api.Test;

/**
 * Generated actual histories of a three-year equal-principal loan repaid quarterly on the
 * 20th (12 instalments, actual/360): each instalment on time, late by some days (also past
 * maturity) or never paid, and a write-off whenever one is never paid (sometimes otherwise).
 */
class ActualHistoryPropertiesTest {
  private static final LocalDate DISBURSED = LocalDate.of(2019, 3, 20);

  private static LoanTerms loan(long fen, int bp) {
    return Loans.microloanBuilder().principal(Money.ofFen(fen)).rate(AnnualRate.ofBasisPoints(bp))
        .method(RepaymentMethod.EQUAL_PRINCIPAL).build();
  }

  /**
   * Instalment j (0-based) of an equal-principal loan: fen / 12 rounded half-up, (fen + 6) / 12
   * in whole fen, the last takes the rest (from 66 fen on, 11 parts never pass the loan).
   */
  private static long instalment(long fen, int j) {
    long part = (fen + 6) / 12;
    return j < 11 ? part : fen - 11 * part;
  }

  private static LocalDate dueDate(int j) {
    return DISBURSED.plusMonths(3L * (j + 1));
  }

  @Test
  void actualHistoriesAccrueOnEveryDayPrincipalIsOutstandingAndAccountForThePrincipal() {
    qt().forAll(integers().between(66, 1_000_000_000), integers().between(0, 1500),
            lists().of(integers().between(-60, 500)).ofSize(12), integers().between(0, 2000))
        .checkAssert((fen, bp, lateness, w) -> {
          LoanHistory.Builder h = LoanHistory.builder();
          LocalDate[] repaid = new LocalDate[12];
          LocalDate lastPaid = DISBURSED;
          boolean unpaid = false;
          for (int j = 0; j < 12; j++) {
            int v = lateness.get(j);
            if (v < -50) {
              unpaid = true;
              h.addLatePayments(LatePayment.unpaid(j + 1));
            } else if (v <= 0) {
              repaid[j] = dueDate(j);
            } else {
              repaid[j] = dueDate(j).plusDays(v);
              h.addLatePayments(LatePayment.paidOn(j + 1, repaid[j]));
            }
            if (v > 0 && repaid[j].isAfter(lastPaid)) {
              lastPaid = repaid[j];
            }
          }
          Optional<LocalDate> writeOff = Optional.empty();
          if (unpaid || w % 3 == 0) {
            // no late repayment may come after the write-off
            LocalDate earliest = DISBURSED.plusDays(1 + w);
            writeOff = Optional.of(earliest.isAfter(lastPaid) ? earliest : lastPaid);
            h.writeOff(writeOff.get());
          }
          LoanTerms terms = loan(fen, bp);
          LoanAccrual a = LoanAccrual.of(terms, h.build(), Optional.empty(), Trace.off());
          // each instalment is outstanding from disbursement until repaid or written off
          long expectedPrincipalDays = 0;
          LocalDate lastDay = DISBURSED;
          for (int j = 0; j < 12; j++) {
            LocalDate until = repaid[j] == null ? writeOff.orElseThrow() : repaid[j];
            if (writeOff.isPresent() && writeOff.get().isBefore(until)) {
              until = writeOff.get();
            }
            expectedPrincipalDays += instalment(fen, j) * ChronoUnit.DAYS.between(DISBURSED, until);
            lastDay = until.isAfter(lastDay) ? until : lastDay;
          }
          long principalDays = 0;
          long repaidFen = 0;
          for (int i = 0; i < a.periods(); i++) {
            assertFalse(a.interestFen(i) < 0, "interest of period " + (i + 1));
            if (i > 0) {
              assertEquals(a.end(i - 1), a.start(i), "periods follow each other");
            }
            principalDays += a.principalDays(i);
            repaidFen += a.principalFen(i) + a.prepaidFen(i);
          }
          assertEquals(expectedPrincipalDays, principalDays, "principal-days");
          assertEquals(lastDay, a.end(a.periods() - 1), "the last period ends when the last principal goes");
          assertEquals((long) fen, repaidFen + a.writtenOffFen(), "principal repaid + written off");
        });
  }

  @Test
  void generatedHistoriesUseTheInstalmentsOfTheSchedule() {
    // the hand rule above is the schedule's: 1,000,003 / 12 = 83,333.58 → 83,334 fen, the last
    // 1,000,003 − 11 × 83,334 = 83,329
    RepaymentSchedule s = RepaymentSchedule.of(loan(1_000_003, 475));
    List<SchedulePeriod> p = s.periods();
    assertEquals(Money.ofFen(83_334), p.get(0).principal());
    assertEquals(Money.ofFen(83_329), p.get(11).principal());
    assertEquals(dueDate(11), p.get(11).end());
  }
}

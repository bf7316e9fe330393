package org.jingzhun.examples.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.cli.CliRun;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.risk.LoanDefault;
import org.jingzhun.finance.risk.LossAllocation;
import org.jingzhun.finance.risk.RiskSharingAgreement;
import org.junit.jupiter.api.Test;

class MicrocreditScenarioTest {
  private static final PolicyBook BOOK = PolicyBook.shipped();
  private static final LocalDate POLICY_DATE = LocalDate.of(2019, 1, 1);

  private static String run() {
    StringWriter text = new StringWriter();
    MicrocreditScenario.run(BOOK, new PrintWriter(text, true));
    return text.toString();
  }

  private static List<LoanAccount> portfolio() {
    return MicrocreditScenario.portfolio(BOOK.get("finance.microcredit.maxPrincipal", MicrocreditScenario.COUNTY, POLICY_DATE).money(),
        BOOK.get("finance.microcredit.maxTermYears", MicrocreditScenario.COUNTY, POLICY_DATE).integer(),
        BOOK.get("finance.benchmark.upTo1y", MicrocreditScenario.COUNTY, POLICY_DATE),
        BOOK.get("finance.benchmark.1to5y", MicrocreditScenario.COUNTY, POLICY_DATE));
  }

  @Test
  void theSameSeedGivesTheSameOutput() {
    assertEquals(run(), run());
  }

  @Test
  void everyLoanKeepsToTheBooksLimitsAndBenchmarkRates() {
    List<LoanAccount> loans = portfolio();
    assertEquals(MicrocreditScenario.LOANS, loans.size());
    for (LoanAccount l : loans) {
      // at most 50,000 yuan and 3 years; 4.35 % for a 1-year loan, 4.75 % for 2 or 3 years
      assertFalse(l.terms().principal().isGreaterThan(Money.ofYuan(50_000)), l.terms().id());
      assertTrue(l.terms().termMonths() <= 36, l.terms().id());
      assertEquals(l.terms().termMonths() == 12 ? "4.35%" : "4.75%", l.terms().rate().toString(), l.terms().id());
    }
  }

  @Test
  void theBooksRatioBecomesASixFourAgreement() {
    RiskSharingAgreement a = MicrocreditScenario.agreement(Ratio.parse("6:4"), BigDecimal.TEN);
    // 45,000 of principal: the fund 27,000, the bank 18,000
    LossAllocation split = LossAllocation.allocate(a,
        LoanDefault.of("X", Money.ofYuan(45_000), Money.ZERO, LocalDate.of(2020, 9, 30)), Money.ofYuan(100_000));
    assertEquals(Money.ofYuan(27_000), split.parties().get(0).paid());
    assertEquals(Money.ofYuan(18_000), split.parties().get(1).paid());
  }

  @Test
  void aLoanOwesItsWholePrincipalUntilMaturityAndNothingAfter() {
    LoanAccount first = portfolio().get(0);
    LocalDate maturity = first.terms().maturityDate();
    assertEquals(first.terms().principal(), MicrocreditScenario.outstandingOn(first.terms(), maturity.minusDays(1)));
    assertEquals(Money.ZERO, MicrocreditScenario.outstandingOn(first.terms(), maturity));
    assertEquals(Money.ZERO, MicrocreditScenario.outstandingOn(first.terms(), first.terms().disbursementDate().minusDays(1)));
  }

  @Test
  void theWaveLeavesTheFundWithTheTopUpLessWhatItPaidAndLendingSuspended() {
    String out = run();
    // the ledger's last balance is the top-up less every compensation the fund paid (column "fund pays")
    List<String> lossRows = out.lines().dropWhile(l -> !l.startsWith("defaults on")).skip(3)
        .takeWhile(l -> !l.isBlank()).toList();
    assertFalse(lossRows.isEmpty(), out);
    Money fundPaid = Money.sum(lossRows.stream().map(l -> Money.ofYuan(l.trim().split(" +")[3])).toList());
    List<String> ledgerRows = out.lines().dropWhile(l -> !l.startsWith("risk fund ledger")).skip(3)
        .takeWhile(l -> !l.isBlank()).toList();
    String[] lastRow = ledgerRows.get(ledgerRows.size() - 1).trim().split(" +");
    String lastBalance = lastRow[lastRow.length - 1];
    assertEquals(MicrocreditScenario.FUND_TOP_UP.minus(fundPaid), Money.ofYuan(lastBalance));
    // the day before the wave lending goes on; after it, the fund's capacity is below the loans outstanding
    assertTrue(out.contains("\n2020-09-29  150000.00  1500000.00"), out);
    assertTrue(out.lines().anyMatch(l -> l.startsWith("2020-09-30") && l.contains("  yes  ")), out);
  }

  @Test
  void theCommandLineRunsItByName() {
    CliRun.Result r = CliRun.run(CliRun.environment(BOOK), "", "example", "microcredit");
    assertEquals(0, r.status(), r.err());
    assertEquals(run(), r.out());
  }

  @Test
  void anUnknownExampleIsABadInput() {
    CliRun.Result r = CliRun.run(CliRun.environment(BOOK), "", "example", "dibao");
    assertEquals(2, r.status());
    assertEquals("jingzhun example: no example named 'dibao'; known: microcredit, projects-under-budget, dibao-reform, register-screening\n", r.err());
  }
}

package org.jingzhun.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jingzhun.core.json.JingzhunJson;
import org.jingzhun.core.policy.PolicyBook;
import org.junit.jupiter.api.Test;

/**
 * The finance subcommands through their JSON interface: a good input of each gives its
 * hand-worked result, and a bad input of each ends with exit status 2 and its violations, each
 * at its JSON path, on standard error, nothing on standard output and no stack trace.
 */
class FinanceCommandsTest {
  private static final Environment SHIPPED = CliRun.environment(PolicyBook.shipped());
  private static final String MICROLOAN = "{\"id\": \"XD-001\", \"bank\": \"巴州区农商银行\", \"borrower\": \"H1\", \"region\": \"511902\","
      + " \"principal\": \"50000.00\", \"rate\": \"4.75%\", \"disbursementDate\": \"2019-03-20\", \"maturityDate\": \"2022-03-20\","
      + " \"method\": \"INTEREST_THEN_PRINCIPAL\", \"frequency\": \"QUARTERLY\", \"settlement\": \"FIXED_DAY\", \"settlementDay\": 20}";
  private static final String SIX_FOUR = "{\"name\": \"6:4\", \"parties\": [{\"name\": \"fund\", \"kind\": \"RISK_FUND\", \"share\": \"0.6\"},"
      + " {\"name\": \"bank\", \"kind\": \"BANK\", \"share\": \"0.4\"}], \"leverageMultiple\": 10}";

  private static CliRun.Result run(String input, String... args) {
    return CliRun.run(SHIPPED, input, args);
  }

  private static JsonNode json(CliRun.Result r) {
    assertEquals(0, r.status(), r.err());
    return JingzhunJson.read(r.out(), JsonNode.class);
  }

  /** Exit status 2, the problem at {@code path} on standard error, nothing else. */
  private static void assertRejectedAt(CliRun.Result r, String command, String path) {
    assertEquals(2, r.status(), r.out() + r.err());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("jingzhun " + command + ": the input is invalid ("), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("  " + path + " ") || l.startsWith("  " + path + ":")), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void repaymentScheduleOfTheMicroloanTotalsItsInterest() {
    // 6 × 606.94 + 4 × 600.35 + 2 × 593.75 = 7,230.54 (see examples/cases/finance/repayment-schedule.yaml)
    JsonNode out = json(run("{\"loan\": " + MICROLOAN + "}", "repayment-schedule", "--date", "2019-06-01"));
    assertEquals("7230.54", out.get("totalInterest").asText());
    assertEquals(12, out.get("periods").size());
  }

  @Test
  void repaymentScheduleRejectsAHistoryThatDoesNotFitAtItsPath() {
    CliRun.Result r = run("{\"loan\": " + MICROLOAN + ", \"history\": {\"latePayments\": [{\"period\": 13}]}}",
        "repayment-schedule", "--date", "2019-06-01");
    assertRejectedAt(r, "repayment-schedule", "history.latePayments[0].period");
  }

  @Test
  void repaymentScheduleRejectsEveryBadTermAtOnce() {
    String loan = MICROLOAN.replace("\"50000.00\"", "\"-1.00\"").replace("\"2022-03-20\"", "\"2018-03-20\"");
    CliRun.Result r = run("{\"loan\": " + loan + "}", "repayment-schedule", "--date", "2019-06-01");
    assertRejectedAt(r, "repayment-schedule", "loan.principal");
    assertRejectedAt(r, "repayment-schedule", "loan.maturityDate");
  }

  @Test
  void interestSubsidyUnderTheShippedPolicyPaysTheWholeInterest() {
    JsonNode out = json(run("{\"policyName\": \"poverty-microcredit\", \"loan\": " + MICROLOAN + "}",
        "interest-subsidy", "--date", "2022-03-20"));
    // all twelve quarters at the 4.75 % benchmark: 7,230.54, nothing left to the borrower
    assertEquals("7230.54", out.get("totalSubsidy").asText());
    assertEquals("0.00", out.get("totalBorrowerShare").asText());
  }

  @Test
  void interestSubsidyExplanationCitesThePolicyParameters() {
    JsonNode out = json(run("{\"policyName\": \"poverty-microcredit\", \"loan\": " + MICROLOAN + "}",
        "interest-subsidy", "--date", "2019-12-31", "--explain"));
    // three quarters ended by 2019-12-31: 606.94 + 606.94 + 600.35
    assertEquals("1814.23", out.at("/result/totalSubsidy").asText());
    List<String> cited = new ArrayList<>();
    out.at("/explanation/steps/parameters").forEach(p -> cited.add(p.get("name").asText()));
    assertTrue(cited.containsAll(List.of("finance.microcredit.interestShare", "finance.microcredit.maxPrincipal",
        "finance.microcredit.maxTermYears", "finance.benchmark.1to5y")), cited.toString());
    // the 2020-12-31 deadline was set by the July 2020 notice: not yet in force on 2019-12-31
    assertFalse(cited.contains("finance.microcredit.contractDeadline"), cited.toString());
  }

  @Test
  void interestSubsidyRejectsAnUnknownPolicyNameAtItsPath() {
    CliRun.Result r = run("{\"policyName\": \"microcredit\", \"loan\": " + MICROLOAN + "}", "interest-subsidy", "--date", "2020-01-01");
    assertRejectedAt(r, "interest-subsidy", "policyName");
  }

  @Test
  void subsidyClaimRejectsABadLoanAtItsPlaceInThePortfolio() {
    String input = "{\"quarter\": \"2019-Q3\", \"policyName\": \"poverty-microcredit\", \"portfolio\": [{\"terms\": " + MICROLOAN
        + "}, {\"terms\": " + MICROLOAN.replace("XD-001", "XD-002") + ", \"history\": {\"writeOff\": \"2018-01-01\"}}]}";
    CliRun.Result r = run(input, "subsidy-claim", "--date", "2019-09-30");
    assertRejectedAt(r, "subsidy-claim", "portfolio[1].history.writeOff");
  }

  @Test
  void subsidyClaimRejectsAMalformedQuarter() {
    String input = "{\"quarter\": \"2019-Q5\", \"policyName\": \"poverty-microcredit\", \"portfolio\": []}";
    assertRejectedAt(run(input, "subsidy-claim", "--date", "2019-09-30"), "subsidy-claim", "quarter");
  }

  @Test
  void lossAllocationSplitsSixToFour() {
    JsonNode out = json(run("{\"agreement\": " + SIX_FOUR + ", \"defaultedLoan\": {\"loanId\": \"X\", \"outstandingPrincipal\": \"25000.00\","
        + " \"defaultDate\": \"2020-06-20\"}, \"fundBalance\": \"100000.00\"}", "loss-allocation", "--date", "2020-06-30"));
    // 25,000 × 0.6 = 15,000; × 0.4 = 10,000
    assertEquals("15000.00", out.at("/parties/0/paid").asText());
    assertEquals("10000.00", out.at("/parties/1/paid").asText());
  }

  @Test
  void riskFundLossExplanationCitesTheFundsEstimatedParameters() {
    JsonNode out = json(run("{\"programme\": \"poor-household-housing\", \"fund\": \"f\", \"bank\": \"b\","
        + " \"defaultedLoan\": {\"loanId\": \"X\", \"outstandingPrincipal\": \"10000.00\", \"defaultDate\": \"2018-06-20\"},"
        + " \"fundBalance\": \"100000.00\"}", "risk-fund-loss", "--date", "2018-06-30", "--region", "511902", "--explain"));
    // 10,000 × 0.7 = 7,000 from the fund, × 0.3 = 3,000 from the bank
    assertEquals("7000.00", out.at("/result/parties/0/paid").asText());
    List<String> cited = new ArrayList<>();
    out.at("/explanation/steps/parameters").forEach(p -> cited.add(p.get("name").asText()));
    assertTrue(cited.containsAll(List.of("finance.housingLoan.fundBankRatio", "finance.housingLoan.leverageMultiple")),
        cited.toString());
    assertFalse(cited.contains("finance.returnHome.fundBankRatio"), cited.toString());
  }

  @Test
  void riskFundLossOutsideBazhouEndsWithNoPolicy() {
    CliRun.Result r = run("{\"programme\": \"returning-home-entrepreneurship\", \"fund\": \"f\", \"bank\": \"b\","
        + " \"defaultedLoan\": {\"loanId\": \"X\", \"outstandingPrincipal\": \"10000.00\", \"defaultDate\": \"2018-06-20\"},"
        + " \"fundBalance\": \"100000.00\"}", "risk-fund-loss", "--date", "2018-06-30", "--region", "511922");
    assertEquals(3, r.status(), r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains("finance.returnHome.fundBankRatio"), r.err());
  }

  @Test
  void lossAllocationRejectsANegativePrincipalAtItsPath() {
    CliRun.Result r = run("{\"agreement\": " + SIX_FOUR + ", \"defaultedLoan\": {\"loanId\": \"X\", \"outstandingPrincipal\": \"-1.00\","
        + " \"defaultDate\": \"2020-06-20\"}, \"fundBalance\": \"100.00\"}", "loss-allocation", "--date", "2020-06-30");
    assertRejectedAt(r, "loss-allocation", "defaultedLoan.outstandingPrincipal");
  }

  @Test
  void recoveryDistributionRejectsMoreThanWasPaid() {
    CliRun.Result r = run("{\"loss\": {\"agreement\": " + SIX_FOUR + ", \"defaultedLoan\": {\"loanId\": \"X\", \"outstandingPrincipal\": \"100.00\","
        + " \"defaultDate\": \"2020-06-20\"}, \"fundBalance\": \"100.00\"}, \"recovered\": \"100.01\"}",
        "recovery-distribution", "--date", "2020-06-30");
    assertRejectedAt(r, "recovery-distribution", "recovered");
  }

  @Test
  void recoveryDistributionRejectsAMissingLoss() {
    assertRejectedAt(run("{\"recovered\": \"1.00\"}", "recovery-distribution", "--date", "2020-06-30"),
        "recovery-distribution", "loss");
  }

  @Test
  void fundLedgerRejectsEntriesOutOfDateOrder() {
    String input = "{\"ledger\": {\"fund\": \"F\", \"leverageMultiple\": 10, \"entries\": ["
        + "{\"date\": \"2019-01-01\", \"kind\": \"TOP_UP\", \"amount\": \"100.00\"},"
        + "{\"date\": \"2018-01-01\", \"kind\": \"TOP_UP\", \"amount\": \"100.00\"}]}}";
    assertRejectedAt(run(input, "fund-ledger", "--date", "2020-06-30"), "fund-ledger", "ledger.entries[1].date");
  }

  @Test
  void fundLedgerRejectsArrearsAboveTheOutstandingLoans() {
    String input = "{\"ledger\": {\"fund\": \"F\", \"leverageMultiple\": 10, \"entries\": []}, \"outstanding\": \"10.00\", \"arrears\": \"20.00\"}";
    assertRejectedAt(run(input, "fund-ledger", "--date", "2020-06-30"), "fund-ledger", "arrears");
  }

  @Test
  void revolvingFundRejectsALoanBeyondTheMaximumTerm() {
    String input = "{\"name\": \"F\", \"loanLimit\": \"10000.00\", \"maxTermMonths\": 36,"
        + " \"capital\": [{\"date\": \"2017-01-01\", \"amount\": \"50000.00\"}],"
        + " \"loans\": [{\"id\": \"L1\", \"borrower\": \"H1\", \"date\": \"2017-03-01\", \"amount\": \"1000.00\", \"dueDate\": \"2021-03-01\"}],"
        + " \"repayments\": []}";
    assertRejectedAt(run(input, "revolving-fund", "--date", "2018-01-01"), "revolving-fund", "loans[0].dueDate");
  }

  @Test
  void mutualAidFundRejectsAnUnknownFieldAtItsPath() {
    String input = "{\"village\": \"V\", \"rules\": {\"firstLoanLimit\": \"5000.00\", \"maxLoan\": \"10000.00\", \"maxTermMonths\": 12,"
        + " \"usageFeeRate\": \"6%\", \"poorMemberFeeSubsidy\": \"0.5\", \"feeRate\": \"6%\"},"
        + " \"governmentCapital\": [], \"members\": [], \"loans\": [], \"repayments\": []}";
    assertRejectedAt(run(input, "mutual-aid-fund", "--date", "2019-12-31"), "mutual-aid-fund", "rules.feeRate");
  }
}

package org.jingzhun.examples.research;

import org.jingzhun.finance.risk.AgreementKeys;
import org.jingzhun.finance.subsidy.SubsidyParameters;
import com.google.common.collect.ImmutableList;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jingzhun.core.explain.Language;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.money.Ratio;
import org.jingzhun.core.money.Share;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.Reading;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.time.Quarter;
import org.jingzhun.examples.report.Table;
import org.jingzhun.examples.report.TextTable;
import org.jingzhun.finance.loan.BenchmarkTerm;
import org.jingzhun.finance.loan.Frequency;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.loan.LoanTerms;
import org.jingzhun.finance.loan.RepaymentMethod;
import org.jingzhun.finance.loan.SettlementRule;
import org.jingzhun.finance.risk.FundLedger;
import org.jingzhun.finance.risk.LedgerEntry;
import org.jingzhun.finance.risk.LedgerEntryKind;
import org.jingzhun.finance.risk.LendingStatus;
import org.jingzhun.finance.risk.LoanDefault;
import org.jingzhun.finance.risk.LossAllocation;
import org.jingzhun.finance.risk.PartyKind;
import org.jingzhun.finance.risk.RiskParty;
import org.jingzhun.finance.risk.RiskSharingAgreement;
import org.jingzhun.finance.risk.SuspensionReason;
import org.jingzhun.finance.schedule.RepaymentSchedule;
import org.jingzhun.finance.schedule.SchedulePeriod;
import org.jingzhun.finance.subsidy.BankClaim;
import org.jingzhun.finance.subsidy.SubsidyClaims;
import org.jingzhun.finance.subsidy.SubsidyPolicy;

/**
 * 扶贫小额信贷情景 — a county's poverty microloans from disbursement to a default wave: the
 * quarterly interest-subsidy claims of each bank, then defaults shared 6 : 4 between the county
 * risk-compensation fund and the banks, and the fund's ledger with its balance and whether new
 * lending is suspended.
 *
 * <p>Run it with {@code ./jingzhun example microcredit}, or as a main class. The portfolio is
 * synthetic (the assumptions below); every policy number (loan limit and term, benchmark
 * rates, the subsidy policy, the loss split, the leverage multiple) is read from the shipped
 * policy book and printed with its source.
 */
public final class MicrocreditScenario {

  // ---- Portfolio assumptions: choices of this example, not policy ------------------------
  /** The random portfolio is drawn from this seed: the same seed, the same output. */
  static final long SEED = 20_190_101L;
  /** Wangcang County (旺苍县), the county for which the book carries a 6 : 4 fund–bank split. */
  static final RegionCode COUNTY = RegionCode.of("510821");
  static final List<String> BANKS = List.of("旺苍农商银行", "邮储银行旺苍支行", "农业银行旺苍支行");
  static final int LOANS = 60;
  /** Loans are made on the 20th of a month in 2019 (the quarter-end settlement day is the 20th). */
  static final int SETTLEMENT_DAY = 20;
  /** Principal drawn in steps of this much, from one step up to the book's loan limit. */
  static final Money PRINCIPAL_STEP = Money.ofYuan(5_000);
  /** The county's budget puts this much into the risk fund before the first loan. */
  static final Money FUND_TOP_UP = Money.ofYuan(150_000);
  static final LocalDate FUND_DATE = LocalDate.of(2018, 12, 31);
  /** The default wave: this share of the loans still outstanding default on this day. */
  static final int DEFAULT_PERCENT = 20;
  static final LocalDate WAVE = LocalDate.of(2020, 9, 30);
  /** The quarters whose claims are shown. */
  static final List<Quarter> QUARTERS = List.of(Quarter.of(2019, 2), Quarter.of(2019, 3), Quarter.of(2019, 4),
      Quarter.of(2020, 1), Quarter.of(2020, 2), Quarter.of(2020, 3));
  // -----------------------------------------------------------------------------------------

  private MicrocreditScenario() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    run(PolicyBook.shipped(), out);
    out.flush();
  }

  /** The example's inputs and their defaults (the constants above). */
  public static final List<ExampleInputs.Input> INPUTS = List.of(
      new ExampleInputs.Input("loans", String.valueOf(LOANS), "loans made in 2019"),
      new ExampleInputs.Input("seed", String.valueOf(SEED), "the seed of the portfolio and of the defaults"),
      new ExampleInputs.Input("fund", FUND_TOP_UP.toString(), "the risk fund put in on " + FUND_DATE + " (yuan)"),
      new ExampleInputs.Input("default-percent", String.valueOf(DEFAULT_PERCENT), "percent of the loans outstanding that default on " + WAVE));

  /** The portfolio's assumptions: the inputs of the example. */
  record Portfolio(long seed, int loans, Money fund, int defaultPercent) {
    static Portfolio of(ExampleInputs in) {
      return new Portfolio(in.whole("seed", 0, Long.MAX_VALUE), (int) in.whole("loans", 1, 100_000), in.money("fund"),
          (int) in.whole("default-percent", 0, 100));
    }
  }

  /** Runs the scenario on {@code book} with the default inputs, printing to {@code out}. */
  public static void run(PolicyBook book, PrintWriter out) {
    run(book, ExampleInputs.defaults(INPUTS), out);
  }

  /** Runs the scenario on {@code book} with {@code inputs}, printing to {@code out}. */
  public static void run(PolicyBook book, ExampleInputs inputs, PrintWriter out) {
    Portfolio p = Portfolio.of(inputs);
    LocalDate policyDate = LocalDate.of(2019, 1, 1);
    out.println("扶贫小额信贷情景 — poverty microcredit in county " + COUNTY + ": claims, then a default wave");
    out.println("Portfolio assumptions: " + p.loans() + " loans in 2019 across " + BANKS.size() + " banks, seed " + p.seed()
        + "; risk fund " + p.fund() + " yuan put in on " + FUND_DATE + "; " + p.defaultPercent()
        + " % of the loans outstanding default on " + WAVE + ".");
    out.println();

    // 1. The policy, as the book has it for the county.
    Reading limit = book.get(SubsidyParameters.MICROCREDIT_MAX_PRINCIPAL, COUNTY, policyDate);
    Reading maxYears = book.get(SubsidyParameters.MICROCREDIT_MAX_TERM_YEARS, COUNTY, policyDate);
    Reading upTo1y = book.get(BenchmarkTerm.UP_TO_ONE_YEAR.parameter(), COUNTY, policyDate);
    Reading over1y = book.get(BenchmarkTerm.ONE_TO_FIVE_YEARS.parameter(), COUNTY, policyDate);
    Reading split = book.get(AgreementKeys.RISK_FUND.split(), COUNTY, policyDate);
    Reading leverage = book.get(AgreementKeys.RISK_FUND.leverage(), COUNTY, policyDate);
    Table.Builder policy = Table.builder("policy read from the book", "parameter", "value", "source");
    for (Reading r : List.of(limit, maxYears, upTo1y, over1y, split, leverage)) {
      policy.row(r.parameterName(), String.valueOf(r.value()), r.citation(Language.EN));
    }
    print(out, policy.build());
    out.println();

    // 2. The portfolio: principal in steps up to the limit, term up to the maximum, at the
    //    benchmark rate for the term, interest quarterly on the 20th, principal at maturity.
    List<LoanAccount> portfolio = portfolio(p, limit.value(SubsidyParameters.MICROCREDIT_MAX_PRINCIPAL),
        maxYears.value(SubsidyParameters.MICROCREDIT_MAX_TERM_YEARS), upTo1y, over1y);

    // 3. Each quarter's claims, per bank, under the book's microcredit policy.
    SubsidyPolicy subsidy = SubsidyPolicy.povertyMicrocredit(book, COUNTY, policyDate);
    List<String> columns = new ArrayList<>(List.of("quarter"));
    columns.addAll(BANKS);
    columns.add("total");
    Table.Builder claims = Table.builder("interest subsidy claimed (yuan)", columns);
    for (Quarter q : QUARTERS) {
      List<BankClaim> byBank = SubsidyClaims.forQuarter(portfolio, subsidy, book, q);
      List<String> row = new ArrayList<>(List.of(q.toString()));
      BANKS.forEach(b -> row.add(byBank.stream().filter(c -> c.bank().equals(b)).findFirst()
          .map(c -> c.totalSubsidy().toString()).orElse("0.00")));
      row.add(Money.sum(byBank.stream().map(BankClaim::totalSubsidy).toList()).toString());
      claims.row(row);
    }
    print(out, claims.build());
    out.println();

    // 4. The default wave, shared fund : bank by the book's ratio; each compensation the fund
    //    pays (at most its balance) is a ledger entry.
    RiskSharingAgreement agreement = agreement(split.ratio(), new BigDecimal(leverage.value().toString()));
    SplittableRandom random = new SplittableRandom(p.seed() + 1);
    List<LedgerEntry> entries = new ArrayList<>(List.of(LedgerEntry.of(FUND_DATE, LedgerEntryKind.TOP_UP, p.fund())));
    Money balance = p.fund();
    Money arrears = Money.ZERO;
    Table.Builder losses = Table.builder("defaults on " + WAVE + " (yuan)", "loan", "bank", "principal", "fund pays",
        "bank pays", "fund owes");
    List<LoanAccount> performing = new ArrayList<>();
    for (LoanAccount loan : portfolio) {
      Money outstanding = outstandingOn(loan.terms(), WAVE);
      if (outstanding.isZero() || random.nextInt(100) >= p.defaultPercent()) {
        performing.add(loan);
        continue;
      }
      LossAllocation a = LossAllocation.allocate(agreement,
          LoanDefault.of(loan.terms().id(), outstanding, Money.ZERO, WAVE), balance);
      Money fundPaid = a.parties().get(0).paid();
      if (fundPaid.isPositive()) {
        entries.add(LedgerEntry.of(WAVE, LedgerEntryKind.COMPENSATION, fundPaid));
      }
      balance = balance.minus(fundPaid);
      arrears = arrears.plus(outstanding);
      losses.row(loan.terms().id(), loan.terms().bank(), outstanding.toString(), fundPaid.toString(),
          a.parties().get(1).paid().toString(), a.parties().get(0).owed().toString());
    }
    print(out, losses.build());
    out.println();

    // 5. The fund's ledger, and lending on the day before the wave and after it (the
    //    defaulted loans compensated and written off, no longer outstanding).
    FundLedger ledger = FundLedger.builderFor(agreement).fund("旺苍县扶贫小额信贷风险补偿金").entries(entries).build();
    Table.Builder movements = Table.builder("risk fund ledger (yuan)", "date", "movement", "change", "balance");
    ledger.balances().forEach(b -> movements.row(b.date().toString(), b.kind().english(), b.change().toString(),
        b.balance().toString()));
    print(out, movements.build());
    out.println();
    Table.Builder lending = Table.builder("new lending backed by the fund", "date", "balance", "capacity", "outstanding", "suspended", "why");
    LocalDate before = WAVE.minusDays(1);
    status(lending, ledger.lendingStatus(before, outstandingOn(portfolio, before), Money.ZERO));
    status(lending, ledger.lendingStatus(WAVE, outstandingOn(performing, WAVE), Money.ZERO));
    print(out, lending.build());
    out.println("(The book sets no arrears ratio for suspending lending, so only the fund's balance and its "
        + "leverage decide; " + arrears + " yuan defaulted.)");
  }

  /** The seeded portfolio; see the assumptions at the top. */
  static List<LoanAccount> portfolio(Money limit, int maxYears, Reading upTo1y, Reading over1y) {
    return portfolio(Portfolio.of(ExampleInputs.defaults(INPUTS)), limit, maxYears, upTo1y, over1y);
  }

  private static List<LoanAccount> portfolio(Portfolio p, Money limit, int maxYears, Reading upTo1y, Reading over1y) {
    SplittableRandom random = new SplittableRandom(p.seed());
    long steps = limit.fen() / PRINCIPAL_STEP.fen();
    ImmutableList.Builder<LoanAccount> loans = ImmutableList.builder();
    for (int i = 1; i <= p.loans(); i++) {
      LocalDate disbursed = LocalDate.of(2019, 1 + random.nextInt(12), SETTLEMENT_DAY);
      int years = 1 + random.nextInt(maxYears);
      LoanTerms terms = LoanTerms.builder()
          .id(String.format(Locale.ROOT, "WC-%03d", i)).bank(BANKS.get(random.nextInt(BANKS.size())))
          .borrower(String.format(Locale.ROOT, "H%03d", i)).region(COUNTY)
          .principal(PRINCIPAL_STEP.times(1 + random.nextLong(steps)))
          .rate(years == 1 ? upTo1y.rate() : over1y.rate())
          .disbursementDate(disbursed).maturityDate(disbursed.plusYears(years))
          .method(RepaymentMethod.INTEREST_THEN_PRINCIPAL).frequency(Frequency.QUARTERLY)
          .settlement(SettlementRule.FIXED_DAY).settlementDay(SETTLEMENT_DAY)
          .build();
      loans.add(LoanAccount.of(terms));
    }
    return loans.build();
  }

  /** Fund : bank by {@code ratio} (6 : 4 gives 0.6 and 0.4; the shares must be exact decimals). */
  static RiskSharingAgreement agreement(Ratio ratio, BigDecimal leverageMultiple) {
    BigDecimal total = new BigDecimal(ratio.weights().stream().reduce(BigInteger.ZERO, BigInteger::add));
    return RiskSharingAgreement.builder().name("风险补偿金 " + ratio)
        .addParties(RiskParty.of("风险补偿金", PartyKind.RISK_FUND, Share.of(new BigDecimal(ratio.weights().get(0)).divide(total))),
            RiskParty.of("贷款银行", PartyKind.BANK, Share.of(new BigDecimal(ratio.weights().get(1)).divide(total))))
        .leverageMultiple(leverageMultiple)
        .build();
  }

  /** The principal of {@code terms} outstanding at the end of {@code date}, from its planned schedule. */
  static Money outstandingOn(LoanTerms terms, LocalDate date) {
    if (date.isBefore(terms.disbursementDate())) {
      return Money.ZERO;
    }
    return RepaymentSchedule.of(terms).periods().stream().filter(p -> date.isBefore(p.end())).findFirst()
        .map(SchedulePeriod::openingPrincipal).orElse(Money.ZERO);
  }

  static Money outstandingOn(List<LoanAccount> loans, LocalDate date) {
    return Money.sum(loans.stream().map(l -> outstandingOn(l.terms(), date)).toList());
  }

  private static void print(PrintWriter out, Table table) {
    out.println(table.title() + ":");
    out.print(TextTable.render(table));
  }

  private static void status(Table.Builder table, LendingStatus s) {
    table.row(s.date().toString(), s.balance().toString(), s.capacity().toString(), s.outstanding().toString(),
        s.isSuspended() ? "yes" : "no",
        String.join(", ", s.reasons().stream().map(SuspensionReason::english).toList()));
  }
}

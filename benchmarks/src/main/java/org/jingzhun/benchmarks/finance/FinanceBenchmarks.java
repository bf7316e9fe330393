package org.jingzhun.benchmarks.finance;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.finance.loan.LoanAccount;
import org.jingzhun.finance.risk.LoanDefault;
import org.jingzhun.finance.risk.LossAllocation;
import org.jingzhun.finance.risk.RiskSharingAgreement;
import org.jingzhun.finance.subsidy.InterestSubsidy;
import org.jingzhun.finance.subsidy.SubsidyPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 金融批量 (finance in bulk): the library's interest subsidy over {@value #LOANS} microloans and
 * its loss allocation over {@value #DEFAULTS} defaults, one thread; the interest subsidy also on
 * two threads, the portfolio in two contiguous halves (legitimate because
 * {@code InterestSubsidy.compute} is a pure function of the loan, the policy, the book and the
 * date: no loan's statement depends on another's, and the total is a sum). Each invocation is
 * the whole batch, timed once ({@link Mode#SingleShotTime}), in seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class FinanceBenchmarks {

  /** Loans in the portfolio. */
  public static final int LOANS = 1_000_000;

  /** Defaults allocated. */
  public static final int DEFAULTS = 1_000_000;

  /** The day the subsidies are computed to: every period of every loan has ended. */
  public static final LocalDate SUBSIDY_DATE = LocalDate.of(2024, 12, 31);

  /** The portfolio and the microcredit policy (shipped parameters, Bazhou, 2016-01-01). */
  @State(Scope.Benchmark)
  public static class Portfolio {
    PolicyBook book;
    SubsidyPolicy policy;
    ImmutableList<LoanAccount> loans;
    ExecutorService twoThreads;

    @Setup(Level.Trial)
    public void generate() {
      book = PolicyBook.shipped();
      policy = SubsidyPolicy.povertyMicrocredit(book, Microloans.BAZHOU, LocalDate.of(2016, 1, 1));
      loans = Microloans.portfolio(LOANS, 20_141_210L);
      twoThreads = Executors.newFixedThreadPool(2);
    }

    @TearDown(Level.Trial)
    public void stopThreads() {
      twoThreads.shutdownNow();
    }
  }

  /** The defaults and the agreement. */
  @State(Scope.Benchmark)
  public static class Defaults {
    RiskSharingAgreement agreement;
    LoanDefaults defaults;

    @Setup(Level.Trial)
    public void generate() {
      agreement = LoanDefaults.sixFour();
      defaults = LoanDefaults.generate(DEFAULTS, 20_160_101L);
    }
  }

  /** Each loan's subsidy statement to {@link #SUBSIDY_DATE}; returns the total subsidy in fen. */
  @Benchmark
  public long interestSubsidy(Portfolio p) {
    return totalSubsidyFen(p.loans, p.policy, p.book);
  }

  /** The same over two threads, each taking one contiguous half of the portfolio. */
  @Benchmark
  public long interestSubsidyTwoThreads(Portfolio p) throws InterruptedException, ExecutionException {
    return totalSubsidyFenInHalves(p.loans, p.policy, p.book, p.twoThreads);
  }

  /** The total subsidy in fen of {@code loans} to {@link #SUBSIDY_DATE}, on the calling thread. */
  public static long totalSubsidyFen(List<LoanAccount> loans, SubsidyPolicy policy, PolicyBook book) {
    long total = 0;
    for (LoanAccount loan : loans) {
      total = Math.addExact(total,
          InterestSubsidy.compute(loan.terms(), loan.history(), policy, book, SUBSIDY_DATE).totalSubsidy().fen());
    }
    return total;
  }

  /** {@link #totalSubsidyFen}, the two contiguous halves of {@code loans} on {@code executor}. */
  public static long totalSubsidyFenInHalves(
      List<LoanAccount> loans, SubsidyPolicy policy, PolicyBook book, ExecutorService executor)
      throws InterruptedException, ExecutionException {
    int half = loans.size() / 2;
    Future<Long> first = executor.submit(() -> totalSubsidyFen(loans.subList(0, half), policy, book));
    Future<Long> second = executor.submit(() -> totalSubsidyFen(loans.subList(half, loans.size()), policy, book));
    return Math.addExact(first.get(), second.get());
  }

  /** Each default's allocation; returns the total the fund could not pay, in fen. */
  @Benchmark
  public long lossAllocation(Defaults d) {
    LoanDefault[] defaults = d.defaults.defaults();
    long[] balance = d.defaults.fundBalanceFen();
    long shortfall = 0;
    for (int i = 0; i < defaults.length; i++) {
      shortfall += LossAllocation.allocate(d.agreement, defaults[i], Money.ofFen(balance[i])).fundShortfall().fen();
    }
    return shortfall;
  }
}

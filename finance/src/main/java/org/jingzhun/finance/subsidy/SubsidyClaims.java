package org.jingzhun.finance.subsidy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.time.Quarter;
import org.jingzhun.core.validation.FieldPath;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;
import org.jingzhun.finance.loan.LoanAccount;

/**
 * 按季申报 — the subsidy a portfolio of loans is owed for a quarter, per bank: each loan's
 * periods whose settlement date falls in the quarter. Banks are listed by name; loans in the
 * order given.
 */
public final class SubsidyClaims {
  private SubsidyClaims() {}

  /**
   * {@return the claims of every bank with a loan settling interest in {@code quarter}}
   *
   * @param portfolio the loans of the quarter's claims, each with its history
   * @param policy the subsidy policy: rate cap, share, principal cap, eligibility, forfeiture
   * @param book the policy book whose parameters apply
   * @param quarter the quarter claimed
   * @throws ValidationException listing, under {@code [i]}, every loan whose history does not fit
   */
  public static List<BankClaim> forQuarter(List<LoanAccount> portfolio, SubsidyPolicy policy, PolicyBook book, Quarter quarter) {
    return compute(portfolio, policy, book, quarter, Trace.off());
  }

  /**
   * {@return the claims with each loan's working}
   *
   * @param portfolio the loans of the quarter's claims, each with its history
   * @param policy the subsidy policy: rate cap, share, principal cap, eligibility, forfeiture
   * @param book the policy book whose parameters apply
   * @param quarter the quarter claimed
   */
  public static Explained<List<BankClaim>> explain(List<LoanAccount> portfolio, SubsidyPolicy policy, PolicyBook book, Quarter quarter) {
    RecordingTrace trace = Trace.recording(SubsidyTerms.CLAIM);
    ImmutableList<BankClaim> claims = compute(portfolio, policy, book, quarter, trace);
    return new Explained<>(claims, trace.explanation());
  }

  private static ImmutableList<BankClaim> compute(List<LoanAccount> portfolio, SubsidyPolicy policy, PolicyBook book, Quarter quarter, Trace trace) {
    LocalDate last = quarter.range().lastDay();
    Map<String, List<ClaimLine>> byBank = new TreeMap<>();
    Violations v = Violations.collect();
    for (int i = 0; i < portfolio.size(); i++) {
      LoanAccount account = portfolio.get(i);
      Trace loanTrace = trace.isOn() ? trace.rule(SubsidyTerms.SUBSIDY) : trace;
      SubsidyStatement s;
      try {
        s = InterestSubsidy.compute(account.terms(), account.history(), policy, book, last, loanTrace);
      } catch (ValidationException e) {
        v.addAll(FieldPath.index("", i), e.violations());
        continue;
      }
      ImmutableList<SubsidyLine> inQuarter = s.lines().stream()
          .filter(l -> quarter.range().contains(l.end())).collect(ImmutableList.toImmutableList());
      if (inQuarter.isEmpty()) {
        continue;
      }
      Money interest = Money.sum(inQuarter.stream().map(SubsidyLine::interest).toList());
      Money subsidy = Money.sum(inQuarter.stream().map(SubsidyLine::subsidy).toList());
      byBank.computeIfAbsent(account.terms().bank(), b -> new ArrayList<>()).add(new ClaimLine(
          account.terms().id(), account.terms().borrower(), inQuarter, interest, subsidy, interest.minus(subsidy)));
    }
    v.throwIfAny();
    ImmutableList.Builder<BankClaim> out = ImmutableList.builder();
    byBank.forEach((bank, lines) -> {
      BankClaim claim = new BankClaim(bank, quarter, ImmutableList.copyOf(lines));
      out.add(claim);
      if (trace.isOn()) {
        trace.rule(SubsidyTerms.BANK).input(SubsidyTerms.BANK, bank).result(claim.totalSubsidy());
      }
    });
    return out.build();
  }
}

package org.jingzhun.finance.subsidy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.money.Money;

/**
 * 贴息计算单 — a loan's subsidy period by period, with totals: what the bank charged, what the
 * budget pays and what the borrower pays.
 *
 * @param loanId the loan
 * @param bank the lending bank
 * @param policy the policy's name
 * @param lines the periods that ended on or before the calculation date
 * @param ineligibility why the loan is outside the policy, empty when it is eligible
 * @param forfeitedFrom the day from which a breach took the subsidy away, if one did
 */
public record SubsidyStatement(
    String loanId,
    String bank,
    String policy,
    ImmutableList<SubsidyLine> lines,
    ImmutableList<Ineligibility> ineligibility,
    Optional<LocalDate> forfeitedFrom) {

  public Money totalInterest() {
    return Money.sum(lines.stream().map(SubsidyLine::interest).toList());
  }

  public Money totalSubsidy() {
    return Money.sum(lines.stream().map(SubsidyLine::subsidy).toList());
  }

  public Money totalBorrowerShare() {
    return Money.sum(lines.stream().map(SubsidyLine::borrowerShare).toList());
  }

  public boolean isEligible() {
    return ineligibility.isEmpty();
  }
}

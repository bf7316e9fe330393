package org.jingzhun.finance.subsidy;

import java.util.List;
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
    List<SubsidyLine> lines,
    List<Ineligibility> ineligibility,
    Optional<LocalDate> forfeitedFrom) {

  /** {@return the interest, summed over the periods} */
  public Money totalInterest() {
    return total(SubsidyLine::interest);
  }

  /** {@return the subsidy, summed over the periods} */
  public Money totalSubsidy() {
    return total(SubsidyLine::subsidy);
  }

  /** {@return the interest the borrower pays, summed over the periods} */
  public Money totalBorrowerShare() {
    return total(SubsidyLine::borrowerShare);
  }

  /** The lines' amounts added in fen (overflow checked), without a stream or a list. */
  private Money total(java.util.function.Function<SubsidyLine, Money> amount) {
    long fen = 0;
    for (int i = 0; i < lines.size(); i++) {
      fen = Math.addExact(fen, amount.apply(lines.get(i)).fen());
    }
    return Money.ofFen(fen);
  }

  /** {@return whether the loan is eligible for the subsidy at all} */
  public boolean isEligible() {
    return ineligibility.isEmpty();
  }
}

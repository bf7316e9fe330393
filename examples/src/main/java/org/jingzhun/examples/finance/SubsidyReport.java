package org.jingzhun.examples.finance;

import java.util.List;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.jingzhun.core.money.Money;
import org.jingzhun.finance.subsidy.Ineligibility;
import org.jingzhun.finance.subsidy.SubsidyLine;
import org.jingzhun.finance.subsidy.SubsidyStatement;

/**
 * 贴息计算单 — a loan's subsidy statement as the command line writes it: each period, why the
 * loan is ineligible if it is, when a breach took the subsidy away, and the totals of interest
 * charged, subsidy and the borrower's share (interest = subsidy + borrower's share).
 */
public record SubsidyReport(
    String loanId,
    String bank,
    String policy,
    boolean eligible,
    List<Ineligibility> ineligibility,
    Optional<LocalDate> forfeitedFrom,
    List<SubsidyLine> lines,
    Money totalInterest,
    Money totalSubsidy,
    Money totalBorrowerShare) {

  public static SubsidyReport of(SubsidyStatement s) {
    return new SubsidyReport(s.loanId(), s.bank(), s.policy(), s.isEligible(), s.ineligibility(), s.forfeitedFrom(),
        s.lines(), s.totalInterest(), s.totalSubsidy(), s.totalBorrowerShare());
  }
}

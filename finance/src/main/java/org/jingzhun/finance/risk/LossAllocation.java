package org.jingzhun.finance.risk;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jingzhun.core.explain.Explained;
import org.jingzhun.core.explain.RecordingTrace;
import org.jingzhun.core.explain.Trace;
import org.jingzhun.core.money.Money;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violations;

/**
 * 损失分担结果 — how one defaulted loan's loss is split: the loss, the part the agreement
 * covers (by coverage and caps), each party's part, and what the fund could not pay.
 *
 * <p>The rule: loss = principal + unpaid interest; covered = min(principal, interest or both as
 * the agreement covers, cap per loan, what is left of the yearly cap); each party's part = covered × its share, split with
 * {@link Money#allocate} so the parts add up to the covered loss exactly; the fund pays at most
 * its balance, and the rest stays owed or falls to the party the agreement names. The
 * uncovered rest of the loss stays with the lender. Σ paid + Σ owed = covered loss.
 *
 * @param loss the whole loss: outstanding principal and unpaid interest
 * @param coveredLoss the part shared between the parties
 * @param uncoveredLoss loss − covered loss
 * @param fundShortfall the part of the fund's share its balance could not pay
 */
public record LossAllocation(
    String loanId,
    LocalDate defaultDate,
    Money loss,
    Money coveredLoss,
    Money uncoveredLoss,
    List<PartyPart> parties,
    Money fundShortfall) {

  /**
   * Splits {@code loss} under {@code agreement} when the fund holds {@code fundBalance}.
   *
   * @param agreement the risk-sharing agreement
   * @param loss the defaulted loan
   * @param fundBalance what the risk fund holds before the loss, not negative
   * @return each party's part, the fund's shortfall and what was not covered, adding up to the loss
   *     to the fen
   * @throws ValidationException if the fund balance is negative
   */
  public static LossAllocation allocate(RiskSharingAgreement agreement, LoanDefault loss, Money fundBalance) {
    return compute(agreement, loss, fundBalance, Money.ZERO, Trace.off());
  }

  /**
   * Splits {@code loss} when {@code coveredThisYear} has already been shared this calendar
   * year (for the yearly cap).
   *
   * @param agreement the risk-sharing agreement
   * @param loss the defaulted loan
   * @param fundBalance what the risk fund holds before the loss, not negative
   * @param coveredThisYear the loss already shared this calendar year, for the yearly cap
   * @return each party's part, the fund's shortfall and what was not covered, adding up to the loss
   *     to the fen
   */
  public static LossAllocation allocate(RiskSharingAgreement agreement, LoanDefault loss, Money fundBalance, Money coveredThisYear) {
    return compute(agreement, loss, fundBalance, coveredThisYear, Trace.off());
  }

  /**
   * {@return the split with how it was reached}
   *
   * @param agreement the risk-sharing agreement
   * @param loss the defaulted loan
   * @param fundBalance what the risk fund holds before the loss, not negative
   * @param coveredThisYear the loss already shared this calendar year, for the yearly cap
   */
  public static Explained<LossAllocation> explain(RiskSharingAgreement agreement, LoanDefault loss, Money fundBalance, Money coveredThisYear) {
    RecordingTrace trace = Trace.recording(RiskTerms.ALLOCATION);
    LossAllocation a = compute(agreement, loss, fundBalance, coveredThisYear, trace);
    return new Explained<>(a, trace.explanation());
  }

  static LossAllocation compute(RiskSharingAgreement agreement, LoanDefault d, Money fundBalance, Money coveredThisYear, Trace trace) {
    Violations.collect()
        .check(!fundBalance.isNegative(), "fundBalance", fundBalance, "may not be negative")
        .check(!coveredThisYear.isNegative(), "coveredThisYear", coveredThisYear, "may not be negative")
        .throwIfAny();
    Money loss = d.outstandingPrincipal().plus(d.unpaidInterest());
    Money covered = switch (agreement.coverage()) {
      case PRINCIPAL -> d.outstandingPrincipal();
      case INTEREST -> d.unpaidInterest();
      case PRINCIPAL_AND_INTEREST -> loss;
    };
    if (agreement.capPerLoan().isPresent()) {
      covered = covered.min(agreement.capPerLoan().get());
    }
    if (agreement.capPerYear().isPresent()) {
      covered = covered.min(agreement.capPerYear().get().minus(coveredThisYear).max(Money.ZERO));
    }
    List<Money> due = covered.allocate(agreement.ratio());
    int fund = agreement.fundIndex();
    long shortfall = fund >= 0 ? Math.max(0, due.get(fund).fen() - fundBalance.fen()) : 0;
    boolean fallsToParty = agreement.shortfall() == ShortfallRule.FALLS_TO_PARTY;
    String bearer = agreement.shortfallBearer().orElse("");
    ImmutableList.Builder<PartyPart> parts = ImmutableList.builderWithExpectedSize(due.size());
    for (int i = 0; i < due.size(); i++) {
      RiskParty p = agreement.parties().get(i);
      long paid = due.get(i).fen();
      long owed = 0;
      long forOthers = 0;
      if (i == fund) {
        paid -= shortfall;
        owed = fallsToParty ? 0 : shortfall;
      } else if (fallsToParty && p.name().equals(bearer)) {
        forOthers = shortfall;
        paid += shortfall;
      }
      parts.add(new PartyPart(p.name(), p.kind(), p.share(), due.get(i), Money.ofFen(paid), Money.ofFen(owed), Money.ofFen(forOthers)));
    }
    LossAllocation a = new LossAllocation(d.loanId(), d.defaultDate(), loss, covered, loss.minus(covered), parts.build(),
        Money.ofFen(shortfall));
    if (trace.isOn()) {
      trace.input(RiskTerms.AGREEMENT, agreement.name()).input(RiskTerms.LOSS, loss)
          .input(RiskTerms.FUND_BALANCE, fundBalance).amount(RiskTerms.COVERED, covered)
          .amount(RiskTerms.UNCOVERED, a.uncoveredLoss()).amount(RiskTerms.SHORTFALL, a.fundShortfall());
      agreement.capPerLoan().ifPresent(c -> trace.input(RiskTerms.CAP_LOAN, c));
      for (PartyPart p : a.parties()) {
        trace.rule(RiskTerms.PART).input(RiskTerms.PART, p.party()).input(RiskTerms.COVERED, p.share())
            .amount(RiskTerms.PART, p.due()).amount(RiskTerms.PAID, p.paid()).result(p.paid());
      }
      trace.result(a.coveredLoss());
    }
    return a;
  }

  /** {@return what the parties paid in all} */
  public Money totalPaid() {
    return Money.sum(parties.stream().map(PartyPart::paid).toList());
  }
}
